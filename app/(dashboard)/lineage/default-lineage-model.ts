import "server-only";
import { defined } from "@/lib/defined";
import { DEMO_MODELS } from "@/lib/demo/demo-models";
import { listModels } from "@/lib/models/list-models";
import type { ModelDto } from "@/lib/models/model-dto";

const OWL_STUDENT = defined(
  DEMO_MODELS.find((model) => model.key === "owl-student"),
  "the demo's owl student",
);

/**
 * The model /lineage opens on without ?model=: the demo's owl student when the demo is loaded (its
 * lineage tells the whole story: base, teacher, raw and filtered data), otherwise the newest model
 * that has a recorded parent or child, otherwise the newest model.
 */
export async function defaultLineageModel(candidates: ModelDto[]): Promise<string | null> {
  const demo = await listModels({ q: OWL_STUDENT.externalId, limit: 5 });
  const owlStudent = demo.items.find(
    (model) => model.isDemo && model.provider === OWL_STUDENT.provider && model.externalId === OWL_STUDENT.externalId,
  );
  if (owlStudent) return owlStudent.id;
  const connected = candidates.find((model) => model.initializedFrom !== null || model.derivedModelCount > 0);
  return (connected ?? candidates.at(0))?.id ?? null;
}
