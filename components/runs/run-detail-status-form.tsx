"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type SubmitEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { Spinner } from "@/components/ui/spinner";
import { useHydrated } from "@/components/ui/use-hydrated";
import { apiFetch, ProblemError } from "@/lib/http/problem-client";
import { isoToLocalInput, localZoneLabel } from "@/lib/runs/local-datetime";
import { placeFieldErrors, runUpdateFieldOf, type RunUpdateField } from "@/lib/runs/run-form-fields";
import { runKeys } from "@/lib/runs/run-keys";
import { validateRunUpdate, type RunTimes, type RunUpdateState } from "@/lib/runs/run-update-input";
import type { RunDetail, TUpdateRun } from "@/lib/runs/run.types";
import { RUN_STATUS_OPTIONS, RunTimeFields } from "./run-time-fields";
import styles from "./run-detail-status-form.module.css";

/** For engineers: the run's status and times as its training job progresses (PATCH /api/v1/runs/{id}). */
export function RunDetailStatusForm({ run }: { run: RunTimes & { id: string } }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  // Times are shown in the browser's zone, which the server cannot know: only after hydration.
  const hydrated = useHydrated();
  // What the server last said, so that the inputs show the saved times before the page refreshes.
  const [saved, setSaved] = useState<RunTimes>(run);
  const [state, setState] = useState<RunUpdateState>({ status: run.status, startedAt: null, finishedAt: null });
  const [clientErrors, setClientErrors] = useState<{ fields: Partial<Record<RunUpdateField, string>>; form: string[] }>(
    { fields: {}, form: [] },
  );

  const mutation = useMutation({
    mutationFn: (body: TUpdateRun) =>
      apiFetch<RunDetail>(`/api/v1/runs/${encodeURIComponent(run.id)}`, { method: "PATCH", body }),
    onSuccess: (updated) => {
      setSaved({ status: updated.status, startedAt: updated.startedAt, finishedAt: updated.finishedAt });
      setState({ status: updated.status, startedAt: null, finishedAt: null });
      void queryClient.invalidateQueries({ queryKey: runKeys.lists() });
      router.refresh();
    },
  });

  const server =
    mutation.error instanceof ProblemError
      ? placeFieldErrors(mutation.error.problem.errors ?? [], runUpdateFieldOf)
      : { fields: {}, unplaced: [] };
  const fieldErrors = { ...server.fields, ...clientErrors.fields };
  const formErrors = [
    ...clientErrors.form,
    ...server.unplaced,
    ...(mutation.error && !(mutation.error instanceof ProblemError && mutation.error.problem.errors?.length)
      ? [mutation.error.message]
      : []),
  ];

  const shown = (key: "startedAt" | "finishedAt") => state[key] ?? (hydrated ? isoToLocalInput(saved[key]) : "");
  const edit = (patch: Partial<RunUpdateState>) => {
    setState((current) => ({ ...current, ...patch }));
    if (mutation.isSuccess) mutation.reset();
  };

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validateRunUpdate(state, saved);
    if (!result.ok) {
      mutation.reset();
      setClientErrors({ fields: result.fields, form: result.form });
      return;
    }
    setClientErrors({ fields: {}, form: [] });
    mutation.mutate(result.body);
  }

  return (
    <form
      className={styles.form}
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="run-status-form-title"
      data-testid="run-status-form"
    >
      <div className={styles.heading}>
        <h3 className={styles.title} id="run-status-form-title">
          Update status
        </h3>
        <p className={styles.hint}>Times in your local time{hydrated ? ` (${localZoneLabel()})` : ""}.</p>
      </div>
      {formErrors.length > 0 && <FormAlert tone="error">{formErrors.join(" ")}</FormAlert>}
      {mutation.isSuccess && (
        <FormAlert tone="success" onDismiss={() => mutation.reset()}>
          Saved. The run is now {mutation.data.status}.
        </FormAlert>
      )}
      <SelectField
        label="Status"
        name="status"
        value={state.status}
        options={RUN_STATUS_OPTIONS}
        onChange={(event) => edit({ status: event.target.value })}
        error={fieldErrors.status}
      />
      <RunTimeFields
        values={{ startedAt: shown("startedAt"), finishedAt: shown("finishedAt") }}
        errors={fieldErrors}
        onChange={(name, value) => edit({ [name]: value })}
      />
      <div className={styles.actions}>
        <Button type="submit" variant="primary" disabled={mutation.isPending}>
          {mutation.isPending && <Spinner size={13} />}
          {mutation.isPending ? "Saving…" : "Save changes"}
        </Button>
      </div>
    </form>
  );
}
