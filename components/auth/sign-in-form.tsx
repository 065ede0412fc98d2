"use client";
import { CircleAlert } from "lucide-react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type SubmitEvent } from "react";
import { Button } from "@/components/ui/button";
import { formText } from "@/components/ui/form-text";
import { Spinner } from "@/components/ui/spinner";
import { TextField } from "@/components/ui/text-field";
import styles from "./sign-in-form.module.css";

// What a refused sign-in's `error` means to the person signing in (see lib/api/guard-credentials-sign-in.ts).
const REFUSALS: Record<string, string> = {
  AccountLocked: "Too many failed sign-ins for this account. It is locked for up to 15 minutes.",
  TooManyAttempts: "Too many failed sign-ins from your network. Try again in 15 minutes.",
  Busy: "The server is busy checking other sign-ins. Try again in a moment.",
};

/** `returnTo`: where to go once signed in (the page asked for while signed out, checked by the page). */
export function SignInForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    void signInWith(event);
  }

  async function signInWith(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: formText(form, "email"),
      password: formText(form, "password"),
      redirect: false,
    }).catch(() => null);
    if (!result) {
      setError("Could not reach the server. Try again.");
      setPending(false);
    } else if (result.error || !result.ok) {
      setError((result.error && REFUSALS[result.error]) ?? "Email or password is incorrect.");
      setPending(false);
    } else {
      // Keep the button pending while the dashboard loads.
      router.replace(returnTo);
      router.refresh();
    }
  }

  return (
    <form className={styles.form} onSubmit={handleSubmit} noValidate>
      {error && (
        <div className={styles.error} role="alert">
          <CircleAlert size={15} aria-hidden="true" />
          <span>{error}</span>
        </div>
      )}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        placeholder="you@example.org"
        required
        autoFocus
        aria-invalid={error ? true : undefined}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        aria-invalid={error ? true : undefined}
      />
      <Button type="submit" variant="primary" size="lg" disabled={pending} className={styles.submit}>
        {pending && <Spinner size={15} />}
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
