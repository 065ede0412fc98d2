// What the upload form's pickers list: generations without a dataset yet, and datasets to filter from.
import type { SearchOption } from "@/components/ui/search-select";
import { formatInteger } from "@/lib/format/format-number";
import type { GenerationDto } from "@/lib/generations/generation.types";
import { apiFetch } from "@/lib/http/problem-client";
import type { Page } from "@/lib/pagination/cursor-page";

const GENERATIONS_LIMIT = 200;

/** "temperature 1 · seed 42 · 400 prompts". */
function generationSettingsText(generation: GenerationDto): string {
  return [
    generation.temperature !== null && `temperature ${generation.temperature}`,
    generation.topP !== null && `top-p ${generation.topP}`,
    generation.seed !== null && `seed ${generation.seed}`,
    generation.promptCount !== null && `${formatInteger(generation.promptCount)} prompts`,
  ]
    .filter(Boolean)
    .join(" · ");
}

/**
 * Generations (teacher + settings) that have no dataset yet: a generation produces one dataset. The
 * API lists generations without a text search, so the newest 200 are searched here.
 */
export async function searchOpenGenerations(q: string, signal: AbortSignal): Promise<SearchOption[]> {
  const page = await apiFetch<Page<GenerationDto>>(`/api/v1/generations?limit=${GENERATIONS_LIMIT}`, { signal });
  const needle = q.toLowerCase();
  return page.items
    .filter((generation) => generation.dataset === null)
    .filter(
      (generation) =>
        needle === "" ||
        [generation.teacher.name, generation.promptSet ?? "", generation.externalId ?? ""].some((text) =>
          text.toLowerCase().includes(needle),
        ),
    )
    .map((generation) => {
      const settings = generationSettingsText(generation);
      return {
        id: generation.id,
        name: settings ? `${generation.teacher.name} · ${settings}` : generation.teacher.name,
        meta: [generation.promptSet, generation.externalId].filter(Boolean).join(" · ") || undefined,
      };
    });
}
