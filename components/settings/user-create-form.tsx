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
import { ROLE_DESCRIPTIONS, ROLES, type RoleName } from "@/lib/auth/roles";
import { apiFetch } from "@/lib/http/problem-client";
import { userKeys } from "@/lib/users/user-keys";
import type { UserDto } from "@/lib/users/user.types";
import styles from "./user-create-form.module.css";

const FIELDS = ["email", "name", "role", "password"] as const;
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: `${role}: ${ROLE_DESCRIPTIONS[role].toLowerCase()}` }));

interface NewUser {
  email: string;
  name: string;
  role: RoleName;
  password: string;
}

export function UserCreateForm() {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (body: NewUser) => apiFetch<UserDto>("/api/v1/users", { method: "POST", body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: auditKeys.lists() });
    },
  });
  const messages = problemMessages(mutation.error, FIELDS);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    const value = (key: string) => formText(data, key);
    mutation.mutate(
      { email: value("email"), name: value("name"), role: value("role") as RoleName, password: value("password") },
      { onSuccess: () => element.reset() },
    );
  }

  return (
    <form
      className={`${form.stack} ${styles.form}`}
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="add-user-title"
    >
      <h3 className={form.formTitle} id="add-user-title">
        Add a user
      </h3>
      {messages.form && <FormAlert tone="error">{messages.form}</FormAlert>}
      {mutation.isSuccess && (
        <FormAlert tone="success" onDismiss={() => mutation.reset()}>
          {mutation.data.email} can now sign in as {mutation.data.role}. Give them the initial password through a
          private channel.
        </FormAlert>
      )}
      <div className={`${form.row} ${styles.fields}`}>
        <TextField
          compact
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          placeholder="name@example.org"
          required
          error={messages.fields.email}
        />
        <TextField
          compact
          label="Name"
          name="name"
          autoComplete="off"
          placeholder="Ada Lovelace"
          required
          error={messages.fields.name}
        />
        <SelectField
          label="Role"
          name="role"
          defaultValue="viewer"
          options={ROLE_OPTIONS}
          error={messages.fields.role}
        />
        <TextField
          compact
          label="Initial password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="At least 12 characters."
          required
          error={messages.fields.password}
        />
      </div>
      <div className={form.actions}>
        <SubmitButton pending={mutation.isPending} pendingLabel="Adding…">
          Add user
        </SubmitButton>
      </div>
    </form>
  );
}
