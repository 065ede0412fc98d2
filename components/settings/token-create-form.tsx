"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { SubmitEvent } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { formText } from "@/components/ui/form-text";
import form from "@/components/ui/form.module.css";
import { problemMessages } from "@/components/ui/problem-messages";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { auditKeys } from "@/lib/audit/audit-keys";
import { LEAST_PRIVILEGED_ROLE, ROLES, roleWithin, type RoleName } from "@/lib/auth/roles";
import { apiFetch } from "@/lib/http/problem-client";
import { tokenKeys } from "@/lib/tokens/token-keys";
import type { TokenDto } from "@/lib/tokens/token.types";
import styles from "./token-create-form.module.css";

const FIELDS = ["name", "role", "expiresAt"] as const;

export type CreatedToken = TokenDto & { token: string };

/** A date input's day, as the end of that day in the browser's time zone. */
function endOfDay(day: string): string | undefined {
  return day ? new Date(`${day}T23:59:59`).toISOString() : undefined;
}

export function TokenCreateForm({
  ownRole,
  onCreated,
}: {
  ownRole: RoleName;
  onCreated: (token: CreatedToken) => void;
}) {
  const queryClient = useQueryClient();
  const roles = ROLES.filter((role) => roleWithin(role, ownRole));
  const mutation = useMutation({
    mutationFn: (body: { name: string; role: RoleName; expiresAt?: string }) =>
      apiFetch<CreatedToken>("/api/v1/tokens", { method: "POST", body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: tokenKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: auditKeys.lists() });
    },
  });
  const messages = problemMessages(mutation.error, FIELDS);
  const today = new Date().toISOString().slice(0, 10);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    mutation.mutate(
      {
        name: formText(data, "name"),
        role: formText(data, "role") as RoleName,
        expiresAt: endOfDay(formText(data, "expiresAt")),
      },
      {
        onSuccess: (created) => {
          element.reset();
          onCreated(created);
        },
      },
    );
  }

  return (
    <form
      className={`${form.stack} ${styles.form}`}
      onSubmit={handleSubmit}
      noValidate
      aria-label="Create an API token"
    >
      {messages.form && <FormAlert tone="error">{messages.form}</FormAlert>}
      <div className={`${form.row} ${styles.fields}`}>
        <TextField
          compact
          label="Token name"
          name="name"
          placeholder="e.g. training pipeline"
          maxLength={100}
          required
          error={messages.fields.name}
        />
        <SelectField
          label="Acts as role"
          name="role"
          // Least privilege first: a token gets more only when someone chooses it.
          defaultValue={LEAST_PRIVILEGED_ROLE}
          options={roles.map((role) => ({ value: role, label: role }))}
          error={messages.fields.role}
        />
        <TextField
          compact
          label="Expires (optional)"
          name="expiresAt"
          type="date"
          min={today}
          error={messages.fields.expiresAt}
        />
        <div className={form.buttonOffset}>
          <SubmitButton pending={mutation.isPending} pendingLabel="Creating…">
            Create token
          </SubmitButton>
        </div>
      </div>
      <p className={styles.help}>
        A token can act as your role or a lesser one, and never more than your role at the time it is used. Without an
        expiry date it works until revoked.
      </p>
    </form>
  );
}
