// What the compare page's picker searches: models by name, newest first.
import type { SearchOption } from "@/components/ui/search-select";
import { apiFetch } from "@/lib/http/problem-client";
import type { ModelDto } from "@/lib/models/model-dto";
import type { Page } from "@/lib/pagination/cursor-page";

export async function searchModels(q: string, signal: AbortSignal): Promise<SearchOption[]> {
  const params = new URLSearchParams(q === "" ? { limit: "20" } : { q, limit: "20" });
  const page = await apiFetch<Page<ModelDto>>(`/api/v1/models?${params}`, { signal });
  return page.items.map((model) => ({
    id: model.id,
    name: model.name,
    meta: [
      model.initializedFrom ? `from ${model.initializedFrom.name}` : "base model",
      `${model.measurementCount} measurements`,
    ].join(" · "),
  }));
}
