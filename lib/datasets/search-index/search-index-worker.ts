import "server-only";
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { Connection } from "@/lib/db";
import { pollingWorker } from "@/lib/startup/polling-worker";
import { buildSearchIndex } from "./build-search-index";
import {
  claimSearchIndexJob,
  completeSearchIndexJob,
  failSearchIndexJob,
  renewSearchIndexLease,
  type ClaimedJob,
} from "./search-index-jobs";

// Every instance runs one worker (started by lib/startup/ready.ts). It polls the shared job table, and is
// woken at once by an upload on its own instance.

export interface WorkerOptions {
  pollMs?: number;
  leaseMs?: number;
}

export interface SearchIndexWorker {
  readonly id: string;
  /** Looks for work now rather than at the next poll. */
  wake(): void;
  /** Runs until no job is claimable (tests); resolves with the datasets it indexed. */
  drain(): Promise<string[]>;
  stop(): Promise<void>;
}

const cache = globalThis as unknown as { __pedigreeSearchIndexWorker?: SearchIndexWorker };

/** Wakes this process's worker, if it runs (after an upload has committed). */
export function wakeSearchIndexWorker(): void {
  cache.__pedigreeSearchIndexWorker?.wake();
}

/** Stops this process's worker, if it runs (tests that drive jobs themselves). */
export async function stopSearchIndexWorker(): Promise<void> {
  await cache.__pedigreeSearchIndexWorker?.stop();
}

export function startSearchIndexWorker(connection: Connection, options: WorkerOptions = {}): SearchIndexWorker {
  const pollMs = options.pollMs ?? 2000;
  const leaseMs = options.leaseMs ?? 60_000;
  const id = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  let running: Promise<string[]> | null = null;

  async function runOne(job: ClaimedJob): Promise<void> {
    // Renew the lease while building, well before it runs out.
    const heartbeat = setInterval(() => {
      renewSearchIndexLease(connection.sql, job, id, leaseMs).catch(() => undefined);
    }, leaseMs / 4);
    heartbeat.unref();
    try {
      await connection.withExecutor(async (db) => {
        if (connection.mode === "postgres") await db.exec("SET maintenance_work_mem = '256MB'");
        await buildSearchIndex(db, connection.mode, job.datasetId);
      });
      await completeSearchIndexJob(connection.sql, job);
    } catch (error) {
      if (connection.isClosed()) return;
      const message = error instanceof Error ? error.message : String(error);
      console.warn(`[pedigree] building the search index of dataset ${job.datasetId} failed: ${message}`);
      await failSearchIndexJob(connection.sql, job, id, message).catch(() => undefined);
    } finally {
      clearInterval(heartbeat);
    }
  }

  async function drainOnce(): Promise<string[]> {
    const done: string[] = [];
    while (!loop.stopped && !connection.isClosed()) {
      const job = await claimSearchIndexJob(connection.sql, id, leaseMs);
      if (!job) break;
      await runOne(job);
      done.push(job.datasetId);
    }
    return done;
  }

  function drain(): Promise<string[]> {
    running ??= drainOnce().finally(() => {
      running = null;
    });
    return running;
  }

  const loop = pollingWorker(drain, pollMs, {
    name: "search index worker",
    isClosed: () => connection.isClosed(),
    inFlight: () => running,
  });

  const worker: SearchIndexWorker = {
    id,
    wake: loop.wake,
    drain,
    async stop() {
      await loop.stop();
      if (cache.__pedigreeSearchIndexWorker === worker) cache.__pedigreeSearchIndexWorker = undefined;
    },
  };
  cache.__pedigreeSearchIndexWorker = worker;
  loop.wake();
  return worker;
}
