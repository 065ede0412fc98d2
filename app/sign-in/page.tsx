import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthScreen } from "@/components/auth/auth-screen";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentActor } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getCurrentActor()) redirect("/overview");
  return (
    <AuthScreen
      title="Pedigree"
      description="Provenance for distilled models: who taught whom, on what data, and what it learned."
      footer="Accounts are created by your workspace administrator."
    >
      <SignInForm />
    </AuthScreen>
  );
}
