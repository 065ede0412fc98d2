import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthScreen } from "@/components/auth/auth-screen";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentActor } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/auth/return-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  // The page asked for while signed out, when it is one on this site (lib/auth/return-path.ts).
  const returnTo = safeReturnPath(typeof next === "string" ? next : null) ?? "/overview";
  if (await getCurrentActor()) redirect(returnTo);
  return (
    <AuthScreen
      title="Pedigree"
      description="Provenance for distilled models: who taught whom, on what data, and what it learned."
      footer="Accounts are created by your workspace administrator."
    >
      <SignInForm returnTo={returnTo} />
    </AuthScreen>
  );
}
