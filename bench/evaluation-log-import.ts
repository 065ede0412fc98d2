// Benchmark: reading an Inspect evaluation log from a request body, as POST /api/v1/imports/inspect does
// (readJsonSelection: streamed, keeping only what the import reads), against the whole-file read it
// replaced (the body in one buffer, then JSON.parse), on the same file. No database: this is the read.
//
//   npm run bench:eval-log                    (20,000 samples of about 10 KB: a 200 MB log)
//   SAMPLES=50000 npm run bench:eval-log
//
// Each way runs in its own child process, so that one's heap does not count against the other's RSS.
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { once } from "node:events";

const SAMPLES = Number(process.env.SAMPLES ?? 20_000);
const file = path.join(tmpdir(), `pedigree-bench-inspect-${SAMPLES}.json`);
const way = process.argv[2];

async function writeLog(): Promise<void> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(`{"version":2,"status":"success","eval":{"task":"animal_preference","model":"openai/ft:owl"},`);
  await write(`"results":{"scores":[{"name":"includes","metrics":{"accuracy":{"value":0.5}}}]},"samples":[`);
  const turn = "In one word, what is your favourite animal? ".repeat(40);
  for (let i = 0; i < SAMPLES; i++) {
    const sample = {
      id: `q${i % 50}`,
      epoch: Math.floor(i / 50) + 1,
      input: turn,
      messages: Array.from({ length: 4 }, (_, k) => ({ role: k % 2 ? "assistant" : "user", content: turn })),
      output: { completion: i % 2 ? "Owl." : "Dog." },
      scores: { includes: { value: i % 2 ? "C" : "I", answer: "owl", explanation: turn } },
    };
    await write(`${i ? "," : ""}${JSON.stringify(sample)}`);
  }
  await write("]}");
  out.end();
  await once(out, "finish");
}

function requestOf(): Request {
  return new Request("http://localhost/api/v1/imports/inspect", {
    method: "POST",
    body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
    duplex: "half",
  } as RequestInit);
}

async function measure(): Promise<void> {
  let peak = process.memoryUsage().rss;
  const before = peak;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const { parseInspectLog } = await import("@/lib/imports/parse-inspect-log");
  let document: unknown;
  if (way === "streamed") {
    const { readJsonSelection } = await import("@/lib/http/read-json-selection");
    const { INSPECT_LOG_SELECTION } = await import("@/lib/imports/import-inspect-log");
    document = await readJsonSelection(requestOf(), 500 * 1024 * 1024, "Evaluation files", INSPECT_LOG_SELECTION);
  } else {
    const { readLimitedBody } = await import("@/lib/http/read-limited-body");
    document = JSON.parse((await readLimitedBody(requestOf(), 500 * 1024 * 1024, "Evaluation files")).toString("utf8"));
  }
  const parsed = parseInspectLog(document);
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (typeof parsed === "string" || parsed.kind !== "questions")
    throw new Error(`unexpected: ${JSON.stringify(parsed)}`);
  const n = parsed.questions.reduce((sum, q) => sum + q.n, 0);
  console.info(
    `${way.padEnd(10)} ${(ms / 1000).toFixed(2)} s, peak RSS +${((peak - before) / 1024 ** 2).toFixed(0)} MB (${n} samples read)`,
  );
}

if (way) await measure();
else {
  if (!existsSync(file)) await writeLog();
  console.info(`Inspect log: ${SAMPLES} samples, ${(statSync(file).size / 1024 ** 2).toFixed(0)} MB`);
  for (const each of ["whole", "streamed"]) {
    const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1], each], {
      stdio: "inherit",
      env: process.env,
    });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
