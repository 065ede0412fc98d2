"use client";
import { useMutation } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { formText } from "@/components/ui/form-text";
import form from "@/components/ui/form.module.css";
import { problemMessages } from "@/components/ui/problem-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { apiFetch } from "@/lib/http/problem-client";
import styles from "./change-password-form.module.css";

const FIELDS = ["currentPassword", "newPassword"] as const;

export function ChangePasswordForm() {
  const [mismatch, setMismatch] = useState(false);
  const mutation = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      apiFetch<{ changed: true }>("/api/v1/me/password", { method: "POST", body }),
  });
  const messages = problemMessages(mutation.error, FIELDS);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    const newPassword = formText(data, "newPassword");
    if (newPassword !== formText(data, "confirmPassword")) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    mutation.mutate(
      { currentPassword: formText(data, "currentPassword"), newPassword },
      { onSuccess: () => element.reset() },
    );
  }

  return (
    <form
      className={`${form.stack} ${form.cardForm}`}
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="change-password-title"
    >
      <h3 className={form.formTitle} id="change-password-title">
        Change password
      </h3>
      {messages.form && <FormAlert tone="error">{messages.form}</FormAlert>}
      {mutation.isSuccess && (
        <FormAlert tone="success" onDismiss={() => mutation.reset()}>
          Your password has been changed. Every session has ended, this one too: <a href="/sign-in">sign in again</a>{" "}
          with the new password.
        </FormAlert>
      )}
      <div className={`${form.row} ${styles.fields}`}>
        <TextField
          compact
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          error={messages.fields.currentPassword}
        />
        <TextField
          compact
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 12 characters."
          error={messages.fields.newPassword}
        />
        <TextField
          compact
          label="Confirm new password"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          error={mismatch ? "does not match the new password" : undefined}
        />
      </div>
      <div className={form.actions}>
        <SubmitButton pending={mutation.isPending} pendingLabel="Changing…">
          Change password
        </SubmitButton>
      </div>
    </form>
  );
}
