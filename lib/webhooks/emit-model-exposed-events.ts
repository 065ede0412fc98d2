import "server-only";
import type { SqlExecutor } from "@/lib/db/sql-executor";
import type { KeptPairRow } from "@/lib/exposure/kept-exposure-rows";
import { newlyExposedPairs } from "@/lib/exposure/newly-exposed-pairs";
import { emitWebhookEventSql } from "./emit-webhook-event";

// model.exposed is decided where exposure is: in the refresh of the kept exposure (lib/exposure/refresh-exposures.ts),
// in its transaction. The refresh compares the unmeasured pairs it replaces with those it writes and queues one
// event per new pair. Exposure tables are marked stale by the writing transaction itself and that mark is
// durable, so an exposure that a write causes is always found by some later refresh, even after a restart;
// the delivery worker refreshes stale exposure itself, so the event need not wait for a page to be read.

type Query = Pick<SqlExecutor, "query">;

/** Whether some webhook in use wants model.exposed. */
export async function isModelExposedWanted(sql: Query): Promise<boolean> {
  const [row] = await sql.query<{ wanted: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM webhooks WHERE disabled_at IS NULL AND 'model.exposed' = ANY(events)) AS wanted`,
  );
  return row.wanted;
}

/** The unmeasured pairs kept now ("modelId|traitId"), when some webhook wants model.exposed; else null. */
export async function unmeasuredPairsIfWanted(sql: Query): Promise<Set<string> | null> {
  if (!(await isModelExposedWanted(sql))) return null;
  const rows = await sql.query<{ pair: string }>(
    "SELECT model_id || '|' || trait_id AS pair FROM trait_exposures WHERE NOT measured",
  );
  return new Set(rows.map((row) => row.pair));
}

/** Queues model.exposed for each pair of `after` that was not among `before`. */
export async function emitModelExposedEvents(sql: Query, before: ReadonlySet<string>, after: readonly KeptPairRow[]) {
  const fresh = newlyExposedPairs(before, after);
  if (fresh.length === 0) return;
  const traits = await sql.query<{ id: string; slug: string; name: string }>(
    "SELECT id, slug, name FROM traits WHERE id = ANY($1::text[])",
    [[...new Set(fresh.map((pair) => pair.traitId))]],
  );
  const traitById = new Map(traits.map((trait) => [trait.id, trait]));
  for (const pair of fresh) {
    const trait = traitById.get(pair.traitId);
    if (!trait) continue;
    await emitWebhookEventSql(sql, {
      event: "model.exposed",
      data: {
        model: { id: pair.modelId, name: pair.modelName },
        trait: { id: trait.id, slug: trait.slug, name: trait.name },
        exposure: { risk: pair.riskRank === 0 ? "high" : "lower", sourceCount: pair.sourceCount },
      },
    });
  }
}
