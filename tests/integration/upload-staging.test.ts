// An upload's rows are loaded while its body arrives, in short transactions of their own, into a table
// nobody sees until the dataset is stored (lib/datasets/staged-records.ts). Batches are made small here
// (64 KiB of COPY text) so that a test upload loads many of them before it ends or fails.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { canonicalSha256 } from "@/lib/datasets/canonical-record";
import { stopSearchIndexWorker } from "@/lib/datasets/search-index/search-index-worker";
import { HEARTBEAT_MS, StagedRecords, dropAbandonedUploads } from "@/lib/datasets/staged-records";
import { connection, databaseMode } from "@/lib/db";
import { newId } from "@/lib/db/new-id";
import { jsonl, numberRecords, tableCounts, uploadDataset as upload } from "../support/dataset-upload";

vi.hoisted(() => {
  process.env.PEDIGREE_UPLOAD_BATCH_BYTES = String(64 * 1024);
});

const sql = async () => (await connection()).sql;

/** Tables that hold dataset records and are not (yet) partitions of dataset_records. */
async function unattachedTables(): Promise<string[]> {
  const rows = await (
    await sql()
  ).query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
      WHERE c.relname LIKE 'dataset\\_records\\_%' AND c.relkind = 'r' AND NOT c.relispartition ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

const registrations = async () =>
  (await (await sql()).query<{ count: number }>("SELECT count(*)::int AS count FROM dataset_uploads"))[0].count;

/**
 * A body that sends `text` in 16 KiB chunks; once half is sent it waits for `midway` (which may look at
 * the database meanwhile) and then either goes on or fails like a dropped connection.
 */
function pausedBody(text: string, midway: () => Promise<"go on" | "drop">): ReadableStream<Uint8Array> {
  const bytes = Buffer.from(text);
  let offset = 0;
  let paused = false;
  return new ReadableStream({
    async pull(controller) {
      if (!paused && offset > bytes.length / 2) {
        paused = true;
        if ((await midway()) === "drop") {
          controller.error(new Error("connection reset"));
          return;
        }
      }
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(new Uint8Array(bytes.subarray(offset, offset + 16384)));
      offset += 16384;
    },
  });
}

/** Rows loaded so far into the one upload in progress. */
async function loadedRows(): Promise<number> {
  const [table] = await unattachedTables();
  if (!table) return 0;
  return (await (await sql()).query<{ count: number }>(`SELECT count(*)::int AS count FROM "${table}"`))[0].count;
}

describe("rows loaded while the upload arrives", () => {
  beforeAll(async () => {
    await stopSearchIndexWorker();
  });
  afterAll(async () => {
    expect(await unattachedTables()).toEqual([]);
  });

  it("are loaded in batches before the body ends, hold no transaction between them, and become the dataset", async () => {
    const records = numberRecords(8000, 31); // about 1.6 MB: some 25 batches
    let midway = { loaded: 0, idleInTransaction: -1 };
    const stored = await upload(
      pausedBody(jsonl(records), async () => {
        // Wait for the batches sent so far to load (the count stops growing), then look: no transaction
        // waits on this client.
        let seen = -1;
        for (let i = 0; i < 100 && (seen <= 0 || seen !== (await loadedRows())); i++) {
          seen = await loadedRows();
          await new Promise((r) => setTimeout(r, 200));
        }
        const idle =
          databaseMode() === "postgres"
            ? await (
                await sql()
              ).query<{ count: number }>(
                `SELECT count(*)::int AS count FROM pg_stat_activity
                  WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
              )
            : [{ count: 0 }];
        midway = { loaded: await loadedRows(), idleInTransaction: idle[0].count };
        return "go on";
      }),
      "name=batched&format=jsonl",
    );
    expect(stored.status).toBe(201);
    expect(midway.loaded).toBeGreaterThan(0);
    expect(midway.loaded).toBeLessThan(records.length);
    expect(midway.idleInTransaction).toBe(0);
    expect(stored.body).toMatchObject({ recordCount: records.length, sha256: canonicalSha256(records) });
    expect(await registrations()).toBe(0);
  });

  it("are dropped, with the upload's registration, when the client disconnects after some were loaded", async () => {
    const before = await tableCounts();
    let loaded = 0;
    const cut = await upload(
      pausedBody(jsonl(numberRecords(8000, 32)), async () => {
        for (let i = 0; i < 100 && (await loadedRows()) === 0; i++) await new Promise((r) => setTimeout(r, 50));
        loaded = await loadedRows();
        return "drop";
      }),
      "name=cut&format=jsonl",
    );
    expect(cut.status).toBe(400);
    expect(loaded).toBeGreaterThan(0);
    expect(await tableCounts()).toEqual(before);
    expect(await unattachedTables()).toEqual([]);
    expect(await registrations()).toBe(0);
  });

  it("are dropped when a bad last line refuses the upload, and the bad line is named", async () => {
    const before = await tableCounts();
    const refused = await upload(`${jsonl(numberRecords(8000, 33))}{"prompt": 1}\n`, "name=bad-last&format=jsonl");
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ line: 8001 })]);
    expect(await tableCounts()).toEqual(before);
    expect(await unattachedTables()).toEqual([]);
  });

  it("of an upload whose server died (its heartbeat stopped) are dropped by the next upload; a live one is kept", async () => {
    const dead = await StagedRecords.create(newId());
    await dead.load([Buffer.from("0\tdead\tupload\t\\N\n")]);
    await (
      await sql()
    ).query(
      "UPDATE dataset_uploads SET heartbeat_at = CURRENT_TIMESTAMP - INTERVAL '16 minutes' WHERE dataset_id = $1",
      [dead.datasetId],
    );
    const live = await StagedRecords.create(newId());
    expect(await unattachedTables()).toEqual([dead.table, live.table].sort());

    const next = await upload(jsonl(numberRecords(10, 34)), "name=next&format=jsonl");
    expect(next.status).toBe(201);
    expect(await unattachedTables()).toEqual([live.table]);
    expect(await registrations()).toBe(1);
    expect(await dropAbandonedUploads()).toBe(0);
    await live.drop();
    expect(await registrations()).toBe(0);
  });
  it("keep a live heartbeat while lines arrive that are all skipped, so that the upload is not taken for abandoned", async () => {
    // Only setInterval is faked: the heartbeat's timer is advanced by hand, the database runs for real.
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      const lines = `${'{"prompt": 1}\n'.repeat(20000)}${jsonl(numberRecords(1, 35))}`;
      let afterTick = { heartbeatAgeSeconds: -1, dropped: -1 };
      const stored = await upload(
        pausedBody(lines, async () => {
          // No batch has been loaded (no line was good), so only the timer can renew the heartbeat. Age it
          // past the point where the next upload would drop the table, then let the timer fire.
          expect(await loadedRows()).toBe(0);
          await (
            await sql()
          ).query("UPDATE dataset_uploads SET heartbeat_at = CURRENT_TIMESTAMP - INTERVAL '16 minutes'");
          vi.advanceTimersByTime(HEARTBEAT_MS);
          const age = async () =>
            (
              await (
                await sql()
              ).query<{ seconds: number }>(
                "SELECT extract(epoch FROM CURRENT_TIMESTAMP - heartbeat_at)::float AS seconds FROM dataset_uploads",
              )
            )[0].seconds;
          for (let i = 0; i < 100 && (await age()) > 60; i++) await new Promise((r) => setTimeout(r, 50));
          afterTick = { heartbeatAgeSeconds: await age(), dropped: await dropAbandonedUploads() };
          return "go on";
        }),
        "name=all-skipped&format=jsonl&onInvalid=skip",
      );
      expect(afterTick.heartbeatAgeSeconds).toBeLessThan(60);
      expect(afterTick.dropped).toBe(0);
      expect(stored.status).toBe(201);
      expect(stored.body).toMatchObject({ recordCount: 1, skipped: 20000 });
      expect(await registrations()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
