"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FlaskConical, GitFork, Network } from "lucide-react";
import { useState, type SubmitEvent } from "react";
import { DemoReportNotice } from "@/components/entities/demo-report-notice";
import { downloadReport, type DownloadedReport } from "@/components/entities/download-report";
import { ModelPicker } from "@/components/entities/model-picker";
import { ReportFormatIcon } from "@/components/entities/report-format-icon";
import { ReportProgress } from "@/components/entities/report-progress";
import { reportKeys } from "@/components/entities/report-keys";
import { FieldMessage } from "@/components/ui/field-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ModelRef } from "@/lib/models/model-dto";
import { REPORT_FORMAT_LABELS, type ReportFormatName } from "@/lib/reports/report-format-labels";
import { provenanceUrl, type ReportScope, type ReportTarget } from "@/lib/reports/report-target";
import { GeneratedReportNotice } from "./generated-report-notice";
import { ReportChoiceCards, type ReportChoice } from "./report-choice-cards";
import styles from "./new-report-form.module.css";

interface TraitOption {
  slug: string;
  name: string;
  measuredModelCount: number;
}

interface NewReportFormProps {
  initial: { scope: ReportScope; model: ModelRef | null; traitSlug: string | null; format: ReportFormatName };
  modelOptions: ModelRef[];
  traits: TraitOption[];
}

const SCOPES: readonly ReportChoice<ReportScope>[] = [
  {
    value: "model",
    label: "A model",
    description: "The model and all its ancestors: bases, teachers, data, runs.",
    icon: <GitFork size={15} aria-hidden="true" />,
  },
  {
    value: "lineage",
    label: "A model's whole lineage",
    description: "Also every model descended from it.",
    icon: <Network size={15} aria-hidden="true" />,
  },
  {
    value: "trait",
    label: "A trait across models",
    description: "Every model measured for it, with their ancestors.",
    icon: <FlaskConical size={15} aria-hidden="true" />,
  },
];

const FORMATS: readonly ReportChoice<ReportFormatName>[] = REPORT_FORMAT_LABELS.map((format) => ({
  value: format.name,
  label: format.label,
  description: format.description,
  icon: <ReportFormatIcon format={format.name} />,
  aside: `.${format.extension}`,
}));

/** Choose a subject and a format; the signed report is generated, saved, and added to the list. */
export function NewReportForm({ initial, modelOptions, traits }: NewReportFormProps) {
  const [scope, setScope] = useState<ReportScope>(initial.scope);
  const [model, setModel] = useState<ModelRef | null>(initial.model);
  const [traitSlug, setTraitSlug] = useState(initial.traitSlug ?? traits.at(0)?.slug ?? "");
  const [format, setFormat] = useState<ReportFormatName>(initial.format);
  const [missing, setMissing] = useState<string | null>(null);
  const queryClient = useQueryClient();
  // The picker lists the newest models; a model preset from the URL may be older.
  const options =
    model && !modelOptions.some((option) => option.id === model.id) ? [model, ...modelOptions] : modelOptions;

  const generate = useMutation({
    mutationFn: (request: { target: ReportTarget; format: ReportFormatName }) =>
      downloadReport(provenanceUrl(request.target, request.format)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.lists() }),
  });

  const target: ReportTarget | null =
    scope === "trait" ? (traitSlug ? { scope, traitSlug } : null) : model ? { scope, modelId: model.id } : null;

  function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!target) {
      setMissing(scope === "trait" ? "Choose a trait." : "Choose a model.");
      return;
    }
    setMissing(null);
    generate.mutate({ target, format });
  }

  const result: DownloadedReport | undefined = generate.data;
  const pendingFormat = REPORT_FORMAT_LABELS.find((label) => label.name === generate.variables?.format);
  return (
    <form className={styles.form} aria-label="New report" onSubmit={submit} noValidate>
      <ReportChoiceCards
        legend="Report on"
        name="scope"
        value={scope}
        choices={SCOPES}
        onChange={setScope}
        columns={3}
      />
      <div className={styles.subject}>
        {scope === "trait" ? (
          traits.length > 0 ? (
            <SelectField
              label="Trait"
              value={traitSlug}
              options={traits.map((trait) => ({
                value: trait.slug,
                label: `${trait.name} (${trait.measuredModelCount} ${trait.measuredModelCount === 1 ? "model" : "models"})`,
              }))}
              onChange={(event) => setTraitSlug(event.target.value)}
              hint="Traits measured on at least one model."
              error={missing ?? undefined}
            />
          ) : (
            <p className={styles.none}>
              No trait has been measured on any model yet: there is nothing to report across models.
            </p>
          )
        ) : (
          <div className={styles.model} data-testid="report-model">
            <span className={styles.label}>Model</span>
            <ModelPicker selected={model} initialOptions={options} onSelect={setModel} />
            <FieldMessage
              id="report-model-message"
              error={missing ?? undefined}
              hint={scope === "lineage" ? "Its ancestors and all its descendants." : "It and all its ancestors."}
            />
          </div>
        )}
      </div>
      <ReportChoiceCards
        legend="Format"
        name="format"
        value={format}
        choices={FORMATS}
        onChange={setFormat}
        columns={2}
      />
      <DemoReportNotice target={target} />
      <div className={styles.footer}>
        <SubmitButton pending={generate.isPending} pendingLabel="Generating…">
          Generate and download
        </SubmitButton>
        <span className={styles.footerHint}>
          Signed with this instance&apos;s key, kept, and recorded in the audit log.
        </span>
      </div>
      {generate.isPending && pendingFormat && <ReportProgress format={pendingFormat} />}
      {generate.isError && (
        <p className={styles.error} role="alert">
          {generate.error.message}
        </p>
      )}
      {result && !generate.isPending && <GeneratedReportNotice report={result} />}
    </form>
  );
}
