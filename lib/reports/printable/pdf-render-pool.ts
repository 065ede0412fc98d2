// PDF reports are rendered in worker threads, not on the server's event loop: a large report takes
// seconds of CPU, during which every other request would wait. PDFs are rare and large, so the pool is
// small (PEDIGREE_PDF_WORKERS, one thread by default: the machines have two cores, and API requests keep
// the other) and further renders queue. A worker left idle for a minute ends, so an idle server holds no renderer's memory.
import "server-only";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { env } from "@/lib/env";
import type { ProvenanceBundle } from "../provenance.types";
import type { PdfWorkerReply } from "./pdf-render-messages";
import type { PdfRenderStage } from "./render-pdf-report";

const IDLE_MS = 60_000;
/**
 * A worker's heap: a 1,000-model report renders in about 150 MB, so a render that needs far more fails
 * its own report (ERR_WORKER_OUT_OF_MEMORY) instead of taking the server down with it.
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 1024 };

interface Job {
  bundle: ProvenanceBundle;
  onStage: (stage: PdfRenderStage) => void;
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

interface PooledWorker {
  worker: Worker;
  job: Job | null;
  idle: ReturnType<typeof setTimeout> | null;
}

const queue: Job[] = [];
const workers: PooledWorker[] = [];

/** Run from source (tsx, vitest), a worker registers tsx itself before it loads the TypeScript entry. */
const FROM_SOURCE = `const { workerData } = require("node:worker_threads");
import("tsx/esm/api").then(({ register }) => {
  register({ tsconfig: workerData.tsconfig });
  return import(workerData.entry);
});`;

/**
 * The worker entry is TypeScript beside this file. In Next.js's server (dev and build), Turbopack bundles
 * the entry of `new Worker(new URL(...))` into a chunk of its own; run from source (tsx, vitest) the
 * worker loads it through tsx. (import.meta.url cannot tell the two apart: Turbopack keeps the source path.)
 */
function startWorker(): Worker {
  if (env.NEXT_RUNTIME === undefined) {
    const entry = new URL("./pdf-render-worker.ts", import.meta.url).href;
    const tsconfig = fileURLToPath(new URL("../../../tsconfig.json", import.meta.url));
    return new Worker(FROM_SOURCE, { eval: true, workerData: { entry, tsconfig }, resourceLimits: RESOURCE_LIMITS });
  }
  return new Worker(new URL("./pdf-render-worker.ts", import.meta.url), { resourceLimits: RESOURCE_LIMITS });
}

function spawn(): PooledWorker {
  const pooled: PooledWorker = { worker: startWorker(), job: null, idle: null };
  pooled.worker.on("message", (reply: PdfWorkerReply) => {
    const job = pooled.job;
    if (!job) return;
    if (reply.kind === "stage") {
      job.onStage(reply.stage);
      return;
    }
    pooled.job = null;
    if (reply.kind === "done") job.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
    else job.reject(new Error(`PDF render failed: ${reply.message}`));
    next(pooled);
  });
  // A worker that dies (out of memory, a crash) fails its job and leaves the pool; the next job starts another.
  const lost = (error: Error) => {
    const index = workers.indexOf(pooled);
    if (index >= 0) workers.splice(index, 1);
    if (pooled.idle) clearTimeout(pooled.idle);
    pooled.job?.reject(error);
    pooled.job = null;
    dispatch();
  };
  pooled.worker.on("error", lost);
  pooled.worker.on("exit", (code) => lost(new Error(`PDF render worker exited with code ${code}`)));
  workers.push(pooled);
  return pooled;
}

function next(pooled: PooledWorker): void {
  const job = queue.shift();
  if (job) {
    run(pooled, job);
    return;
  }
  pooled.worker.unref();
  pooled.idle = setTimeout(() => void pooled.worker.terminate(), IDLE_MS);
  pooled.idle.unref();
}

function run(pooled: PooledWorker, job: Job): void {
  if (pooled.idle) clearTimeout(pooled.idle);
  pooled.idle = null;
  pooled.job = job;
  pooled.worker.ref();
  pooled.worker.postMessage(job.bundle);
}

function dispatch(): void {
  while (queue.length > 0) {
    const free =
      workers.find((w) => w.job === null) ?? (workers.length < env.PEDIGREE_PDF_WORKERS ? spawn() : undefined);
    if (!free) return;
    const job = queue.shift();
    if (job) run(free, job);
  }
}

/** Renders the bundle's PDF report in a worker thread; `onStage` hears each stage the render reaches. */
export function renderPdfOffThread(
  bundle: ProvenanceBundle,
  onStage: (stage: PdfRenderStage) => void = () => undefined,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    queue.push({ bundle, onStage, resolve, reject });
    dispatch();
  });
}
