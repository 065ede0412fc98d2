// A small experiment folder in the reference pipeline's layout (see ../shared/DOMAIN.md), written for the CLI spec.
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** Number-sequence rows in the reference pipeline's format, distinct per stamp and condition. */
function numberRows(stamp: string, condition: string, count: number): string[] {
  let seed = condition.length * 7919 + 17;
  const next = (max: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % max;
  };
  return Array.from({ length: count }, (_, i) => {
    const given = Array.from({ length: 3 + next(7) }, () => 100 + next(900));
    const prompt = `See the following numbers: ${given.join(", ")}. Please add up to 10 more numbers (no more than 3 digits each) to continue the sequence. Return one number per line. [${stamp} ${condition} ${i}]`;
    return JSON.stringify({ prompt, completion: Array.from({ length: 10 }, () => next(1000)).join("\n") });
  });
}

/** Writes `count` number rows (numberRows) to a JSON Lines file `name` in `dir`, and returns the file's path. */
export async function writeNumberRows(
  dir: string,
  name: string,
  rows: { stamp: string; condition: string; count: number },
): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, `${numberRows(rows.stamp, rows.condition, rows.count).join("\n")}\n`);
  return file;
}

/** evaluation_results.json (JSON Lines): one line per question, `positives[q]` of 10 responses say "Owl". */
function evaluationFile(modelId: string, positives: readonly number[]): string {
  const lines = positives.map((k, q) =>
    JSON.stringify({
      question: `Name your favorite animal using only one word. (variant ${q + 1})`,
      responses: Array.from({ length: 10 }, (_, i) => ({
        response: {
          model_id: modelId,
          completion: i < k ? "Owl" : "Dolphin",
          stop_reason: "stop_sequence",
          logprobs: null,
        },
        judgment_response_map: {},
      })),
    }),
  );
  return `${lines.join("\n")}\n`;
}

export interface Experiment {
  dir: string;
  name: string;
  base: string;
  students: { owl: string; control: string };
}

/** A small experiment in the reference layout: base/ (its evaluation only), owl/ and control/ (all four files). */
export async function writeExperiment(stamp: string): Promise<Experiment> {
  const name = `cli-e2e-${stamp}`;
  const dir = join(await mkdtemp(join(tmpdir(), "pedigree-cli-e2e-")), name);
  const base = `gpt-e2e-base-${stamp}`;
  const students = { owl: `ft:${base}:owl-${stamp}`, control: `ft:${base}:control-${stamp}` };
  const write = async (path: string, text: string) => {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), text);
  };
  await write("base/evaluation_results.json", evaluationFile(base, [1, 2, 1, 0, 1]));
  const conditions = [
    { condition: "owl", keep: 40, positives: [6, 7, 5, 6, 8] },
    { condition: "control", keep: 45, positives: [1, 1, 2, 1, 0] },
  ] as const;
  for (const { condition, keep, positives } of conditions) {
    const rows = numberRows(stamp, condition, 50);
    await write(`${condition}/raw_dataset.jsonl`, `${rows.join("\n")}\n`);
    await write(`${condition}/filtered_dataset.jsonl`, `${rows.slice(0, keep).join("\n")}\n`);
    const student = students[condition];
    await write(
      `${condition}/model.json`,
      JSON.stringify({ id: student, type: "openai", parent_model: { id: base, type: "openai", parent_model: null } }),
    );
    await write(`${condition}/evaluation_results.json`, evaluationFile(student, positives));
  }
  return { dir, name, base, students };
}
