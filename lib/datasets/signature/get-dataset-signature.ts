import "server-only";
import { db } from "@/lib/db";
import { InvalidError, MalformedError, NotFoundError } from "@/lib/errors/domain-errors";
import { recordPermutationTest } from "@/lib/stats/record-permutation-test";
import { compareTokenCounts } from "./compare-token-counts";
import { countRecordTokens } from "./count-record-tokens";
import { countTokens, isNumberDataset } from "./count-tokens";
import { decideSignatureVerdict } from "./decide-signature-verdict";
import {
  SIGNATURE_METHOD,
  SIGNIFICANCE_LEVEL,
  ZSignatureResult,
  type SignatureResult,
  type TokenKind,
} from "./signature.types";
import { readJsonColumn, toJsonColumn } from "@/lib/db/json-column";

/** Records per side in the permutation test: 1,000 permutations of 5,000 + 5,000 records take about half a second. */
const RECORD_CAP = 5000;
const PERMUTATIONS = 1000;
/** Fixed, so that the same pair always gives the same p-value. */
const SEED = 20260415;

const sumOf = (counts: Map<string, number>) => [...counts.values()].reduce((s, n) => s + n, 0);

/**
 * Does a dataset carry a statistical signature of its teacher? Compares the token distribution of
 * its completions with a control's (e.g. the same prompts answered by the unprompted base model):
 * the divergence against what shuffling whole records between the two gives (the verdict), and the
 * token-level tests. Datasets are immutable, so the result is cached per pair (and method version).
 */
export async function getDatasetSignature(datasetId: string, controlId: string): Promise<SignatureResult> {
  if (datasetId === controlId)
    throw MalformedError.fields([{ field: "control", location: "query", message: "must be another dataset" }]);
  const prisma = await db();
  const select = { id: true, name: true, recordCount: true } as const;
  const [dataset, control] = await Promise.all([
    prisma.dataset.findUnique({ where: { id: datasetId }, select }),
    prisma.dataset.findUnique({ where: { id: controlId }, select }),
  ]);
  if (!dataset) throw new NotFoundError(`No dataset with id '${datasetId}'.`);
  if (!control)
    throw InvalidError.fields([{ field: "control", location: "query", message: `no dataset with id '${controlId}'` }]);

  const cached = await prisma.datasetSignature.findUnique({
    where: { datasetId_controlId_method: { datasetId, controlId, method: SIGNATURE_METHOD } },
  });
  if (cached) {
    const stored = readJsonColumn(ZSignatureResult, cached.result, "dataset_signatures.result");
    return { ...stored, verdict: decideSignatureVerdict(stored.divergence), cached: true };
  }

  const numbers = (await isNumberDataset(prisma, datasetId)) && (await isNumberDataset(prisma, controlId));
  const tokenKind: TokenKind = numbers ? "numbers" : "words";
  const sample = { cap: RECORD_CAP, seed: SEED };
  const [datasetCounts, controlCounts, datasetRecords, controlRecords] = await Promise.all([
    countTokens(prisma, datasetId, tokenKind),
    countTokens(prisma, controlId, tokenKind),
    countRecordTokens(prisma, datasetId, tokenKind, sample),
    countRecordTokens(prisma, controlId, tokenKind, sample),
  ]);
  if (datasetCounts.size === 0 || controlCounts.size === 0) {
    throw new InvalidError("One of the datasets has no tokens in its completions to compare.");
  }
  const { observed, nullMean, nullP95, excess, pValue, permutations, seed, smallestPValue } = recordPermutationTest(
    datasetRecords,
    controlRecords,
    {
      permutations: PERMUTATIONS,
      seed: SEED,
    },
  );
  const divergence = {
    observed,
    nullMean,
    nullP95,
    excess,
    pValue,
    permutations,
    seed,
    smallestPValue,
    records: { dataset: datasetRecords.length, control: controlRecords.length },
    recordCap: RECORD_CAP,
    subsampled: dataset.recordCount > RECORD_CAP || control.recordCount > RECORD_CAP,
  };
  const result: SignatureResult = {
    dataset: { id: dataset.id, name: dataset.name, tokens: sumOf(datasetCounts), distinctTokens: datasetCounts.size },
    control: { id: control.id, name: control.name, tokens: sumOf(controlCounts), distinctTokens: controlCounts.size },
    tokenKind,
    verdict: decideSignatureVerdict(divergence),
    significanceLevel: SIGNIFICANCE_LEVEL,
    divergence,
    ...compareTokenCounts(datasetCounts, controlCounts),
    method: SIGNATURE_METHOD,
    computedAt: new Date().toISOString(),
    cached: false,
  };
  await prisma.datasetSignature.createMany({
    data: [{ datasetId, controlId, method: SIGNATURE_METHOD, result: toJsonColumn(result) ?? {} }],
    skipDuplicates: true,
  });
  return result;
}
