import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AuthScreen } from "@/components/auth/auth-screen";
import { buttonClassName } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <AuthScreen
      title="Page not found"
      description="There is no page at this address. The link may be mistyped, or the page may have moved."
    >
      <Link href="/overview" className={buttonClassName({ variant: "secondary", size: "lg" }, "full-width")}>
        <ArrowLeft size={15} aria-hidden="true" />
        Back to overview
      </Link>
    </AuthScreen>
  );
}
