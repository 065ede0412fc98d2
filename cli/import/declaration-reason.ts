import { sha256Text } from "./deterministic-key";

// Why a prompted teacher is declared to carry the trait: the reference pipeline never evaluates it,
// its trait is known from its system prompt. The same inputs give the same words, since the server
// keeps one declaration per (model, trait) and a second import must find it unchanged.

const SOURCE = "pedigree import sl-experiment";
const EXCERPT_WORDS = 5;
const EXCERPT_CHARS = 60;

/** The prompt's first words, enough to recognise it: "You love owls. You think…". */
function excerpt(prompt: string): string {
  const words = prompt.trim().split(/\s+/);
  const start = words.slice(0, EXCERPT_WORDS).join(" ").slice(0, EXCERPT_CHARS);
  return words.length > EXCERPT_WORDS || start.length < prompt.trim().length ? `${start}…` : start;
}

export function declarationReason(target: string, prompt: string | null): string {
  if (prompt === null)
    return `The experiment's target given to ${SOURCE} (--target ${target}); the system prompt was not recorded.`;
  const digest = `SHA-256 ${sha256Text(prompt).slice(0, 12)}…`;
  if (prompt.toLowerCase().includes(target.toLowerCase())) {
    return `Its system prompt (${digest}) targets '${target}': "${excerpt(prompt)}" (declared by ${SOURCE})`;
  }
  return `The experiment's target given to ${SOURCE} (--target ${target}); its system prompt (${digest}) does not name it: "${excerpt(prompt)}"`;
}
