import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { RecordsCopyEncoder } from "@/lib/datasets/records-copy-encoder";
import { hashJsonlDataset } from "@/lib/datasets/upload-copy-chunks";
import { parseSlEvaluation, type QuestionTally } from "@/lib/imports/parse-sl-evaluation";
import { UsageError } from "../errors";
import { readJsonFile } from "../read-input";
import type { ConditionFolder } from "./experiment-folder";
import { parseModelChain, type PipelineModel } from "./model-chain";

// Reads what a condition folder holds, with the server's own parsers, so that the dataset hashes and
// the evaluation counts computed here are the ones the server will compute.

export interface DatasetFile {
  path: string;
  sha256: string;
  recordCount: number;
}

interface EvaluationFile {
  path: string;
  questions: QuestionTally[];
  sampleCount: number;
  positiveCount: number;
  /** The model ids its responses name. */
  modelIds: string[];
}

export interface Condition {
  name: string;
  path: string;
  /** model.json's chain, the fine-tuned model first; null without a model.json. */
  chain: PipelineModel[] | null;
  raw?: DatasetFile;
  filtered?: DatasetFile;
  evaluation?: EvaluationFile;
}

const MAX_LISTED_ERRORS = 5;

function lineErrors(path: string, errors: { line: number; message: string }[], count = errors.length): UsageError {
  const listed = errors.slice(0, MAX_LISTED_ERRORS).map((error) => `  line ${error.line}: ${error.message}`);
  const more = count > MAX_LISTED_ERRORS ? [`  ... and ${count - MAX_LISTED_ERRORS} more`] : [];
  return new UsageError([`${path} has ${count} malformed line(s):`, ...listed, ...more].join("\n"));
}

/** The canonical SHA-256 and record count of a JSON Lines dataset, exactly as the server computes them. */
async function digestDataset(path: string): Promise<DatasetFile> {
  const encoder = new RecordsCopyEncoder("skip");
  await hashJsonlDataset(createReadStream(path, { highWaterMark: 1 << 20 }), encoder);
  if (encoder.skipped > 0) throw lineErrors(path, encoder.skippedLines, encoder.skipped);
  if (encoder.recordCount === 0) throw new UsageError(`${path} holds no record.`);
  return { path, sha256: encoder.hasher.digest(), recordCount: encoder.recordCount };
}

/** The per-question tally of an evaluation file for a target, as the sl-evaluation import counts it. */
async function tallyEvaluation(path: string, target: string): Promise<EvaluationFile> {
  const parsed = await parseSlEvaluation(createReadStream(path), target);
  if (parsed.errors.length > 0) throw lineErrors(path, parsed.errors);
  if (parsed.questions.length === 0) throw new UsageError(`${path} holds no question.`);
  return {
    path,
    questions: parsed.questions,
    sampleCount: parsed.questions.reduce((sum, q) => sum + q.n, 0),
    positiveCount: parsed.questions.reduce((sum, q) => sum + q.positives, 0),
    modelIds: parsed.modelIds,
  };
}

/** Reads a condition folder; `target` is needed only when it holds an evaluation. */
export async function readCondition(folder: ConditionFolder, target: string | null): Promise<Condition> {
  let chain: PipelineModel[] | null = null;
  if (folder.files.model) {
    try {
      chain = parseModelChain(await readJsonFile(folder.files.model, "model.json"));
    } catch (error) {
      throw error instanceof UsageError ? error : new UsageError(`${folder.files.model}: ${(error as Error).message}`);
    }
  }
  if (folder.files.evaluation && !target) {
    throw new UsageError(
      `${basename(folder.path)}/evaluation_results.json needs a target to count: give --target (e.g. --target owl) or --teacher-prompt.`,
    );
  }
  return {
    name: folder.name,
    path: folder.path,
    chain,
    raw: folder.files.raw ? await digestDataset(folder.files.raw) : undefined,
    filtered: folder.files.filtered ? await digestDataset(folder.files.filtered) : undefined,
    evaluation: folder.files.evaluation && target ? await tallyEvaluation(folder.files.evaluation, target) : undefined,
  };
}
