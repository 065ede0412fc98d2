import "server-only";
import { ApiProblem, fieldProblem } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { compareTokenCounts } from "./compare-token-counts";
import { countTokens, isNumberDataset } from "./count-tokens";
import { SIGNATURE_METHOD, type SignatureResult, type TokenKind } from "./signature.types";

const sumOf = (counts: Map<string, number>) => [...counts.values()].reduce((s, n) => s + n, 0);

/**
 * Does a dataset carry a statistical signature of its teacher? Compares the token distribution of
 * its completions with a control's (e.g. the same prompts answered by the unprompted base model).
 * Datasets are immutable, so the result is cached per pair (and method version).
 */
export async function getDatasetSignature(datasetId: string, controlId: string): Promise<SignatureResult> {
  if (datasetId === controlId) throw fieldProblem(400, [{ field: "control", location: "query", message: "must be another dataset" }]);
  const prisma = await db();
  const [dataset, control] = await Promise.all([
    prisma.dataset.findUnique({ where: { id: datasetId }, select: { id: true, name: true } }),
    prisma.dataset.findUnique({ where: { id: controlId }, select: { id: true, name: true } }),
  ]);
  if (!dataset) throw new ApiProblem(404, `No dataset with id '${datasetId}'.`);
  if (!control) throw fieldProblem(422, [{ field: "control", location: "query", message: `no dataset with id '${controlId}'` }]);

  const cached = await prisma.datasetSignature.findUnique({
    where: { datasetId_controlId_method: { datasetId, controlId, method: SIGNATURE_METHOD } },
  });
  if (cached) return { ...(cached.result as unknown as SignatureResult), cached: true };

  const numbers = (await isNumberDataset(prisma, datasetId)) && (await isNumberDataset(prisma, controlId));
  const tokenKind: TokenKind = numbers ? "numbers" : "words";
  const [datasetCounts, controlCounts] = await Promise.all([countTokens(prisma, datasetId, tokenKind), countTokens(prisma, controlId, tokenKind)]);
  if (datasetCounts.size === 0 || controlCounts.size === 0) {
    throw new ApiProblem(422, "One of the datasets has no tokens in its completions to compare.");
  }
  const result: SignatureResult = {
    dataset: { ...dataset, tokens: sumOf(datasetCounts), distinctTokens: datasetCounts.size },
    control: { ...control, tokens: sumOf(controlCounts), distinctTokens: controlCounts.size },
    tokenKind,
    ...compareTokenCounts(datasetCounts, controlCounts),
    method: SIGNATURE_METHOD,
    computedAt: new Date().toISOString(),
    cached: false,
  };
  await prisma.datasetSignature.createMany({
    data: [{ datasetId, controlId, method: SIGNATURE_METHOD, result: result as never }],
    skipDuplicates: true,
  });
  return result;
}
