import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AuthScreen } from "@/components/auth/auth-screen";
import { buttonClassName } from "@/components/ui/button";

export const metadata: Metadata = { title: "No access" };

export default async function ForbiddenPage({
  searchParams,
}: {
  searchParams: Promise<{ scope?: string | string[] }>;
}) {
  const { scope } = await searchParams;
  const needed = typeof scope === "string" && /^[a-z]+:[a-z]+$/.test(scope) ? scope : null;
  return (
    <AuthScreen
      title="You don't have access to this page"
      description={
        needed ? (
          <>
            It needs the <code>{needed}</code> permission, which your role does not include. Ask an administrator if you
            need it.
          </>
        ) : (
          "Your role does not include the permission this page needs. Ask an administrator if you need it."
        )
      }
    >
      <Link href="/overview" className={buttonClassName({ variant: "secondary", size: "lg" }, "full-width")}>
        <ArrowLeft size={15} aria-hidden="true" />
        Back to overview
      </Link>
    </AuthScreen>
  );
}
