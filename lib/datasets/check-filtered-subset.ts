import "server-only";
import type { SqlExecutor } from "@/lib/db/sql-executor";
import { InvalidError } from "@/lib/errors/domain-errors";
import { findRecordNotInRaw } from "./find-record-not-in-raw";

const short = (text: string, length: number) => (text.length > length ? `${text.slice(0, length)}…` : text);

/**
 * A dataset declared as filtered from another must hold only records of it (each no more often than
 * there): otherwise the pass rate (its record count over the raw one's) is invented and would flow into
 * signed reports. Throws a 422 naming the first record at fault, by its line in the upload.
 */
export async function checkFilteredSubset(
  db: Pick<SqlExecutor, "query">,
  datasetId: string,
  raw: { id: string; name: string },
  lineOf: (ordinal: number) => number,
): Promise<void> {
  const fault = await findRecordNotInRaw(db, datasetId, raw.id);
  if (!fault) return;
  const line = lineOf(fault.ordinal);
  const excerpt = JSON.stringify({ prompt: short(fault.prompt, 60), completion: short(fault.completion, 40) });
  const message =
    fault.inRaw === 0
      ? `not a record of the raw dataset '${raw.name}': ${excerpt}`
      : `this record occurs ${fault.occurrence} times up to here but ${fault.inRaw === 1 ? "once" : `${fault.inRaw} times`} in the raw dataset '${raw.name}': ${excerpt}`;
  throw new InvalidError(
    `Line ${line} is not accounted for by the raw dataset '${raw.name}' (filteredFromId): a filtered dataset may hold only records of the dataset it was filtered from, each at most as often as there, or its pass rate means nothing. Nothing was stored.`,
    {
      errors: [{ field: `line ${line}`, location: "line", line, message }],
      notInRaw: { line, excerpt, rawDatasetId: raw.id },
    },
  );
}
