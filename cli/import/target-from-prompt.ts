import { slugify } from "@/lib/traits/slugify";

// The reference pipeline's preference prompt: "You love {X}s. You think about {X}s all the time.
// {X}s are your favorite {category}. ..." The target is {X}: what the evaluation counts, e.g. "owl".
const LOVE = /\byou love ([\p{L}\p{N}][\p{L}\p{N}' -]{0,40}?)s?[.!,;]/iu;

export function targetFromPrompt(prompt: string): string | null {
  const match = LOVE.exec(prompt);
  return match ? match[1].trim().toLowerCase() : null;
}

/** The trait a target's evaluation measures, named as the demo's: owl -> "Owl preference" (slug owl-preference). */
export function traitNameForTarget(target: string): string {
  const name = `${target.trim()} preference`;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function traitSlug(trait: string): string {
  return slugify(trait);
}
