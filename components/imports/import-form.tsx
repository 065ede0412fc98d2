"use client";
import { useRef, useState, type SubmitEvent } from "react";
import { searchModels } from "@/components/entities/entity-searches";
import { FileDropZone } from "@/components/ui/file-drop-zone";
import { sendUpload, UploadAbortedError, type RunningUpload } from "@/components/ui/send-upload";
import { UploadLineErrors } from "@/components/ui/upload-line-errors";
import { UploadProgress, type UploadProgressState } from "@/components/ui/upload-progress";
import { transferProgress } from "@/components/ui/upload-transfer";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormSection } from "@/components/ui/form-section";
import { SearchOne } from "@/components/ui/search-one";
import type { SearchOption } from "@/components/ui/search-select";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { readImportAnswer, type ImportAnswer } from "./import-answer";
import {
  CONTENT_TYPES,
  detectImportKind,
  IMPORT_KINDS,
  importPath,
  missingOptions,
  OPTION_FIELDS,
  type Detection,
  type ImportKind,
  type ImportOptions,
} from "./import-kind";
import { ImportPreview } from "./import-preview";
import styles from "./import-form.module.css";

const HEAD_BYTES = 8192;

const KIND_OPTIONS = [{ value: "", label: "Choose the kind of file" }, ...IMPORT_KINDS];

const REQUIRED_MESSAGES: Partial<Record<keyof ImportOptions, string>> = {
  modelId: "Choose the model this evaluation is of.",
  trait: "Name the trait this evaluation measures.",
  target: "Give the word a response must contain to count.",
};

function detectionHint(detection: Detection | null): string | undefined {
  if (!detection) return undefined;
  if (detection.kind === null)
    return detection.reason === "inspect-eval-archive"
      ? "An Inspect .eval archive: convert it first with `inspect log convert --to json`, then drop the JSON log."
      : "Not clear from the file: choose its kind.";
  return detection.from === "content" ? "Detected from the file's content." : "Detected from the file's extension.";
}

type TextOption = Exclude<keyof ImportOptions, "modelId">;

/** Each text option's input, as the kind of file shows it (in OPTION_FIELDS' order for that kind). */
const TEXT_OPTIONS: Record<
  TextOption,
  (kind: ImportKind) => {
    label: string;
    placeholder?: string;
    hint?: string;
    maxLength: number;
    list?: string;
    inputMode?: "numeric";
  }
> = {
  trait: (kind) => ({
    label: kind === "lm-eval" ? "Trait (optional)" : "Trait",
    placeholder: "owl-preference",
    list: "import-traits",
    hint:
      kind === "lm-eval"
        ? "Left blank, each task is its own trait."
        : "A trait's slug or name; a new name creates the trait.",
    maxLength: 100,
  }),
  target: () => ({
    label: "Target word",
    placeholder: "owl",
    hint: "A response counts when its lower-cased text contains this.",
    maxLength: 200,
  }),
  scorer: () => ({ label: "Scorer (optional)", placeholder: "The log's first", maxLength: 100 }),
  metric: () => ({ label: "Metric (optional)", placeholder: "acc", maxLength: 50 }),
  protocol: () => ({ label: "Protocol (optional)", placeholder: "sl-evaluation-<questions>q", maxLength: 200 }),
  seed: () => ({ label: "Seed (optional)", inputMode: "numeric", maxLength: 12 }),
};

type Mode = "check" | "import";

/** Checks (dry run) and imports an evaluation file through /api/v1/imports/<kind>, with a progress bar. */
export function ImportForm({ traits }: { traits: readonly { slug: string; name: string }[] }) {
  const [file, setFile] = useState<File | null>(null);
  const [detection, setDetection] = useState<Detection | null>(null);
  const [kind, setKind] = useState<ImportKind | "">("");
  const [model, setModel] = useState<SearchOption | null>(null);
  const [text, setText] = useState({ trait: "", target: "", scorer: "", metric: "", protocol: "", seed: "" });
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [progress, setProgress] = useState<(UploadProgressState & { mode: Mode }) | null>(null);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const running = useRef<RunningUpload | null>(null);
  const busy = progress !== null;
  const options: ImportOptions = { ...text, modelId: model?.id ?? null };
  const fields = kind ? new Set(OPTION_FIELDS[kind].map((f) => f.field)) : new Set<keyof ImportOptions>();
  const serverFields = answer?.kind === "problem" ? answer.fields : {};
  const fieldError = (field: string) => missing[field] ?? serverFields[field];

  function changed() {
    setAnswer(null);
    setMissing({});
  }

  async function chooseFile(chosen: File) {
    setFile(chosen);
    changed();
    const head = await chosen.slice(0, HEAD_BYTES).text();
    const found = detectImportKind(chosen.name, head);
    setDetection(found);
    if (found.kind) setKind(found.kind);
  }

  function setOption(field: keyof typeof text, value: string) {
    setText((current) => ({ ...current, [field]: value }));
    changed();
  }

  async function send(mode: Mode) {
    if (busy) return;
    const needed: Record<string, string> = {};
    if (!file) needed.body = "Choose the file to import.";
    if (!kind) needed.kind = "Choose the kind of file.";
    if (kind)
      for (const field of missingOptions(kind, options)) needed[field] = REQUIRED_MESSAGES[field] ?? "Required.";
    setMissing(needed);
    setAnswer(null);
    if (!file || !kind || Object.keys(needed).length > 0) return;
    const started = performance.now();
    setProgress({ mode, phase: "sending", loaded: 0, total: file.size, percent: 0, bytesPerSecond: null });
    const upload = sendUpload(importPath(kind, options, mode === "check"), file, CONTENT_TYPES[kind], {
      onProgress: (loaded, total) =>
        setProgress({
          mode,
          phase: "sending",
          loaded,
          total,
          ...transferProgress(loaded, total, performance.now() - started),
        }),
      onSent: () =>
        setProgress((current) =>
          current ? { ...current, phase: "processing", loaded: current.total, percent: 100 } : current,
        ),
    });
    running.current = upload;
    try {
      const response = await upload.response;
      setAnswer(readImportAnswer(response.status, response.body));
    } catch (error) {
      if (!(error instanceof UploadAbortedError)) throw error;
      setAnswer({ kind: "problem", status: 0, detail: "Cancelled: nothing was stored.", fields: {}, lines: [] });
    } finally {
      running.current = null;
      setProgress(null);
    }
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    void send("import");
  }

  const problem = answer?.kind === "problem" ? answer : null;
  const otherFieldErrors = problem
    ? Object.entries(problem.fields).filter(
        ([field, message]) =>
          (field === "body" || !fields.has(field as keyof ImportOptions)) && !problem.detail.includes(message),
      )
    : [];

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Import an evaluation file">
      <FormSection
        title="File"
        description="An evaluation someone already ran. Check it first: the server reads the whole file and shows what it would store, and stores nothing."
      >
        <div className={styles.stack}>
          <FileDropZone
            label="Evaluation file"
            accept=".json,.jsonl,.ndjson,.csv,.eval,application/json,application/x-ndjson,text/csv"
            formats="Inspect log, lm-eval results, sl evaluation file or CSV"
            file={file}
            onFile={(chosen) => void chooseFile(chosen)}
            disabled={busy}
            error={missing.body}
          />
          <SelectField
            label="Kind"
            options={KIND_OPTIONS}
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as ImportKind | "");
              changed();
            }}
            hint={detectionHint(detection)}
            error={missing.kind}
            disabled={busy}
            data-testid="import-kind"
          />
        </div>
      </FormSection>

      {kind && kind !== "csv" && (
        <FormSection
          title="What it measured"
          description="The file holds scores; these say whose, and of what. The model must be registered first."
        >
          <div className={styles.stack}>
            <SearchOne
              label="Model"
              placeholder="Search models by name or id"
              value={model}
              onChange={(picked) => {
                setModel(picked);
                changed();
              }}
              search={searchModels}
              queryKey={["imports", "models"]}
              hint="The model whose answers the file scores."
              error={fieldError("modelId")}
            />
            <div className={styles.grid}>
              {OPTION_FIELDS[kind]
                .filter((option): option is { field: TextOption; required: boolean } => option.field !== "modelId")
                .map(({ field }) => (
                  <TextField
                    key={field}
                    compact
                    {...TEXT_OPTIONS[field](kind)}
                    value={text[field]}
                    onChange={(event) => setOption(field, event.target.value)}
                    error={fieldError(field)}
                    disabled={busy}
                    autoComplete="off"
                  />
                ))}
            </div>
            <datalist id="import-traits">
              {traits.map((trait) => (
                <option key={trait.slug} value={trait.slug}>
                  {trait.name}
                </option>
              ))}
            </datalist>
          </div>
        </FormSection>
      )}

      {progress && (
        <UploadProgress
          state={progress}
          onCancel={() => running.current?.abort()}
          processing={
            progress.mode === "check"
              ? "Checking… the server is reading the file; nothing is stored"
              : "Importing… the server is reading the file and storing its measurements"
          }
        />
      )}

      {problem && (
        <FormAlert tone="error">
          <span data-testid="import-problem">
            {problem.status === 0 || /nothing was stored/i.test(problem.detail)
              ? problem.detail
              : `Nothing was stored. ${problem.detail}`}
          </span>
          {otherFieldErrors.map(([field, message]) => (
            <span key={field} className={styles.problemField} data-testid="import-problem-field">
              <code>{field}</code>: {message}
            </span>
          ))}
        </FormAlert>
      )}
      {problem && problem.lines.length > 0 && <UploadLineErrors detail="Lines of the file:" lines={problem.lines} />}

      {answer && answer.kind !== "problem" && (
        <ImportPreview
          measurements={answer.measurements}
          summary={answer.summary}
          stored={answer.kind === "imported"}
        />
      )}

      <div className={styles.actions}>
        <Button onClick={() => void send("check")} disabled={busy}>
          {progress?.mode === "check" ? "Checking…" : "Check"}
        </Button>
        <Button type="submit" variant="primary" disabled={busy || answer?.kind === "imported"}>
          {progress?.mode === "import" ? "Importing…" : "Import"}
        </Button>
      </div>
    </form>
  );
}
