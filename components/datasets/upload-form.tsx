"use client";
import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type SubmitEvent, type ReactNode } from "react";
import { searchDatasets } from "@/components/entities/entity-searches";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormSection } from "@/components/ui/form-section";
import { formatByteSize } from "@/components/ui/format-byte-size";
import { SearchOne } from "@/components/ui/search-one";
import type { SearchOption } from "@/components/ui/search-select";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { FileDropZone } from "@/components/ui/file-drop-zone";
import { sendUpload, UploadAbortedError, type RunningUpload } from "@/components/ui/send-upload";
import { UploadLineErrors } from "@/components/ui/upload-line-errors";
import { UploadProgress, type UploadProgressState } from "@/components/ui/upload-progress";
import { transferProgress } from "@/components/ui/upload-transfer";
import type { LineError } from "@/lib/http/line-errors";
import { datasetKeys } from "@/lib/datasets/dataset-keys";
import type { UploadResult } from "@/lib/datasets/dataset.types";
import { formatInteger } from "@/lib/format/format-number";
import { detectFormat, nameFromFileName, type UploadFormat } from "./upload-file";
import { uploadOutcome, uploadPath } from "./upload-request";
import { searchOpenGenerations } from "./upload-searches";
import styles from "./upload-form.module.css";

const FORMAT_OPTIONS = [
  { value: "jsonl", label: "JSONL: one JSON object a line" },
  { value: "csv", label: "CSV: a header row, then one record a row" },
];
const CONTENT_TYPES: Record<UploadFormat, string> = { jsonl: "application/x-ndjson", csv: "text/csv" };

type Outcome =
  | { kind: "none" }
  | { kind: "existing"; result: UploadResult }
  | { kind: "lines"; cause: "malformed" | "not-in-raw"; detail: string; lines: LineError[] }
  | { kind: "error"; message: string; fields: Record<string, string> };

/** Uploads a dataset file (POST /api/v1/datasets, the file as the raw body) with a progress bar. */
export function UploadForm({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState("");
  const [nameEdited, setNameEdited] = useState(false);
  const [format, setFormat] = useState<UploadFormat>("jsonl");
  const [detected, setDetected] = useState<boolean | null>(null);
  const [description, setDescription] = useState("");
  const [generation, setGeneration] = useState<SearchOption | null>(null);
  const [filteredFrom, setFilteredFrom] = useState<SearchOption | null>(null);
  const [filterDescription, setFilterDescription] = useState("");
  const [skipMalformed, setSkipMalformed] = useState(false);
  const [progress, setProgress] = useState<UploadProgressState | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: "none" });
  const running = useRef<RunningUpload | null>(null);

  const busy = progress !== null;
  const fieldErrors = outcome.kind === "error" ? outcome.fields : {};

  function chooseFile(chosen: File) {
    setFile(chosen);
    setOutcome({ kind: "none" });
    if (!nameEdited) setName(nameFromFileName(chosen.name));
    const guess = detectFormat(chosen.name);
    setDetected(guess !== null);
    if (guess) setFormat(guess);
  }

  function fileError(): ReactNode {
    if (outcome.kind === "lines") return <UploadLineErrors detail={outcome.detail} lines={outcome.lines} />;
    return fieldErrors.body;
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    void upload(event);
  }

  async function upload(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const missing: Record<string, string> = {};
    if (!file) missing.body = "Choose the file to upload.";
    if (!name.trim()) missing.name = "Give the dataset a name.";
    if (file && file.size > maxBytes)
      missing.body = `The file is ${formatByteSize(file.size)}; uploads are limited to ${formatByteSize(maxBytes)}.`;
    if (!file || Object.keys(missing).length > 0) {
      setOutcome({
        kind: "error",
        message: "Nothing was uploaded: see the messages beside the fields.",
        fields: missing,
      });
      return;
    }

    setOutcome({ kind: "none" });
    const started = performance.now();
    setProgress({ phase: "sending", loaded: 0, total: file.size, percent: 0, bytesPerSecond: null });
    const upload = sendUpload(
      uploadPath({
        name,
        format,
        description,
        generationId: generation?.id ?? null,
        filteredFromId: filteredFrom?.id ?? null,
        filterDescription,
        skipMalformed,
      }),
      file,
      CONTENT_TYPES[format],
      {
        onProgress: (loaded, total) =>
          setProgress({
            phase: "sending",
            loaded,
            total,
            ...transferProgress(loaded, total, performance.now() - started),
          }),
        onSent: () =>
          setProgress((current) =>
            current ? { ...current, phase: "processing", loaded: current.total, percent: 100 } : current,
          ),
      },
    );
    running.current = upload;
    let response;
    try {
      response = await upload.response;
    } catch (error) {
      setProgress(null);
      if (error instanceof UploadAbortedError)
        setOutcome({ kind: "error", message: "Upload cancelled: nothing was stored.", fields: {} });
      return;
    } finally {
      running.current = null;
    }

    const result = uploadOutcome(response.status, response.body);
    if (result.kind === "created") {
      setProgress((current) => (current ? { ...current, phase: "opening", percent: 100 } : current));
      await queryClient.invalidateQueries({ queryKey: datasetKeys.lists() });
      router.push(`/datasets/${result.result.id}`);
      return;
    }
    setProgress(null);
    if (result.kind === "existing") setOutcome({ kind: "existing", result: result.result });
    else if (result.kind === "malformed-lines")
      setOutcome({ kind: "lines", cause: "malformed", detail: result.detail, lines: result.lines });
    else if (result.kind === "not-in-raw")
      setOutcome({ kind: "lines", cause: "not-in-raw", detail: result.detail, lines: result.lines });
    else if (result.kind === "too-large")
      setOutcome({
        kind: "error",
        message: `The file is over the upload limit. ${result.detail}`,
        fields: { body: "This file is over the upload limit." },
      });
    else if (result.kind === "field-errors")
      setOutcome({ kind: "error", message: result.detail, fields: result.fields });
    else setOutcome({ kind: "error", message: result.detail, fields: {} });
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Upload a dataset">
      <FormSection
        title="File"
        description="The records as your pipeline wrote them. The file is streamed to the server and stored in one step: all of it, or nothing."
      >
        <div className={styles.stack}>
          <FileDropZone
            file={file}
            onFile={chooseFile}
            disabled={busy}
            error={fileError()}
            hint={`JSONL rows as {"prompt", "completion"}, {"question", "response"} or {"messages": [...]}; CSV with a header row. Up to ${formatByteSize(maxBytes)}.`}
          />
          <div className={styles.grid}>
            <TextField
              compact
              label="Name"
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                setNameEdited(true);
              }}
              placeholder="Owl teacher numbers (filtered)"
              hint={file && !nameEdited ? "From the file name; change it as you like." : undefined}
              error={fieldErrors.name}
              disabled={busy}
              maxLength={200}
              autoComplete="off"
            />
            <SelectField
              label="Format"
              options={FORMAT_OPTIONS}
              value={format}
              onChange={(event) => setFormat(event.target.value as UploadFormat)}
              hint={
                detected === null
                  ? undefined
                  : detected
                    ? "Detected from the file's extension."
                    : "Not clear from the file's extension: check it."
              }
              error={fieldErrors.format}
              disabled={busy}
            />
          </div>
          <TextField
            compact
            label="Description (optional)"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            placeholder="What this data is, and how it was made"
            error={fieldErrors.description}
            disabled={busy}
            maxLength={5000}
            autoComplete="off"
          />
          <label className={styles.checkbox}>
            <input
              type="checkbox"
              checked={skipMalformed}
              onChange={(event) => setSkipMalformed(event.target.checked)}
              disabled={busy}
            />
            <span className={styles.checkboxText}>
              <span className={styles.checkboxLabel}>Skip malformed rows</span>
              <span className={styles.checkboxHint}>
                Store the valid rows and record which lines were left out and why. Without this, one malformed row
                refuses the whole upload.
              </span>
            </span>
          </label>
        </div>
      </FormSection>

      <FormSection
        title="Provenance (optional)"
        description="Which generation produced this data, and which raw dataset it was filtered from. Both can be left out."
      >
        <div className={styles.stack}>
          <SearchOne
            label="Generation"
            placeholder="Search by teacher or prompt set"
            value={generation}
            onChange={setGeneration}
            search={searchOpenGenerations}
            queryKey={[...datasetKeys.all, "upload-generations"]}
            hint="The teacher and sampler settings that wrote this data. Generations that already have their dataset are not listed."
            error={fieldErrors.generationId}
          />
          <SearchOne
            label="Filtered from"
            placeholder="Search datasets by name or SHA-256 prefix"
            value={filteredFrom}
            onChange={setFilteredFrom}
            search={searchDatasets}
            queryKey={[...datasetKeys.all, "upload-filtered-from"]}
            hint="The raw dataset this one keeps part of; its pass rate is recorded."
            error={fieldErrors.filteredFromId}
          />
          {filteredFrom && (
            <TextField
              compact
              label="Filter description"
              value={filterDescription}
              onChange={(event) => setFilterDescription(event.target.value)}
              placeholder="Numbers 0-999 only, at most 10, plain separators"
              error={fieldErrors.filterDescription}
              disabled={busy}
              maxLength={2000}
              autoComplete="off"
            />
          )}
        </div>
      </FormSection>

      {progress && <UploadProgress state={progress} onCancel={() => running.current?.abort()} />}

      {outcome.kind === "existing" && (
        <FormAlert tone="success">
          <span data-testid="upload-existing">
            Identical content is already stored as{" "}
            <Link href={`/datasets/${outcome.result.id}`} className={styles.alertLink}>
              {outcome.result.name}
            </Link>{" "}
            ({formatInteger(outcome.result.recordCount)} records). Nothing new was stored.
          </span>
        </FormAlert>
      )}
      {outcome.kind === "error" && outcome.message && <FormAlert tone="error">{outcome.message}</FormAlert>}
      {outcome.kind === "lines" && outcome.cause === "not-in-raw" && (
        <FormAlert tone="error">
          Nothing was stored: line {formatInteger(outcome.lines[0].line)} is not a record of the dataset chosen under
          “Filtered from”, so its pass rate would be invented. Choose the raw dataset this file was filtered from, or
          upload it without one.
        </FormAlert>
      )}
      {outcome.kind === "lines" && outcome.cause === "malformed" && (
        <FormAlert tone="error">
          Nothing was stored: {formatInteger(outcome.lines.length)} malformed{" "}
          {outcome.lines.length === 1 ? "line is" : "lines are"} listed under the file. Fix them, or tick “Skip
          malformed rows”.
        </FormAlert>
      )}

      <div className={styles.actions}>
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? "Uploading…" : "Upload dataset"}
        </Button>
        <Link href="/datasets" className={styles.cancel}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
