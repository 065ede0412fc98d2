import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { UsageError } from "../errors";

// The folders the reference pipeline writes, one per condition (data/preference_numbers/owl/...).
const EXPERIMENT_FILES = {
  raw: "raw_dataset.jsonl",
  filtered: "filtered_dataset.jsonl",
  model: "model.json",
  evaluation: "evaluation_results.json",
} as const;

type ExperimentFileKind = keyof typeof EXPERIMENT_FILES;

export interface ConditionFolder {
  /** The folder's name: the condition, e.g. "owl" or "control". */
  name: string;
  path: string;
  files: Partial<Record<ExperimentFileKind, string>>;
}

async function filesIn(dir: string): Promise<ConditionFolder["files"]> {
  const names = new Set(await readdir(dir));
  const files: ConditionFolder["files"] = {};
  for (const [kind, name] of Object.entries(EXPERIMENT_FILES) as [ExperimentFileKind, string][]) {
    if (names.has(name) && (await stat(join(dir, name))).isFile()) files[kind] = join(dir, name);
  }
  return files;
}

/**
 * The condition folders of DIR: DIR itself when it holds any of the pipeline's files, else each
 * subfolder that does (in name order). A folder may hold only some files, e.g. a base model's evaluation.
 */
export async function findConditionFolders(dir: string): Promise<ConditionFolder[]> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new UsageError(`No such folder: ${dir}`);
  const own = await filesIn(dir);
  if (Object.keys(own).length > 0) return [{ name: basename(dir), path: dir, files: own }];
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const folders: ConditionFolder[] = [];
  for (const name of entries) {
    const files = await filesIn(join(dir, name));
    if (Object.keys(files).length > 0) folders.push({ name, path: join(dir, name), files });
  }
  if (folders.length === 0) {
    throw new UsageError(`${dir} holds none of ${Object.values(EXPERIMENT_FILES).join(", ")}, nor do its subfolders.`);
  }
  return folders;
}
