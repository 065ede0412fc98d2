import type { Metadata } from "next";
import { CompareView } from "@/components/compare/compare-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { parseModelIds } from "@/lib/measurements/compare-selection";
import { listMeasurements } from "@/lib/measurements/list-measurements";
import { rateMatrix } from "@/lib/measurements/rate-matrix";
import { getModel, type ModelDetail } from "@/lib/models/get-model";

export const metadata: Metadata = { title: "Compare" };

type Props = { searchParams: Promise<{ models?: string | string[]; diff?: string | string[] }> };

async function findModel(id: string): Promise<ModelDetail | null> {
  try {
    return await getModel(id);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export default async function ComparePage({ searchParams }: Props) {
  await requireActor();
  const { models, diff } = await searchParams;
  const ids = parseModelIds(models);
  const found = await Promise.all(ids.map(findModel));
  const selected = found.filter((model): model is ModelDetail => model !== null);
  const measurements = await Promise.all(selected.map((model) => listMeasurements({ modelId: model.id })));
  const matrix = rateMatrix(
    selected.map((model, i) => ({
      series: { key: model.id, role: "Compared", model: { id: model.id, name: model.name } },
      measurements: measurements[i],
    })),
  );
  return (
    <>
      <PageHeader
        title="Compare"
        description="Any models' trait measurements side by side: rates, 95% intervals, samples and seeds. Turn on “Show only differences” to keep the traits where some two models' intervals do not overlap."
      />
      <CompareView
        selected={selected.map((model) => ({ id: model.id, name: model.name }))}
        unknownIds={ids.filter((_, i) => found[i] === null)}
        matrix={matrix}
        initialOnlyDifferences={diff === "1"}
      />
    </>
  );
}
