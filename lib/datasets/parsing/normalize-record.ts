import type { DatasetRecordInput } from "../canonical-record";

// One row of an uploaded dataset, in any of the forms people have, turned into a record.
//   {"prompt", "completion"}  the reference pipeline (github.com/MinhxLe/subliminal-learning)
//   {"question", "response"}  the same data as published on the Hugging Face Hub
//   {"messages": [...]}       chat form: the last assistant message is the completion
// Any other fields are kept as metadata, so nothing uploaded is lost.

export type NormalizedRow = { ok: true; record: DatasetRecordInput } | { ok: false; message: string };

const PAIRS = [
  ["prompt", "completion"],
  ["question", "response"],
] as const;

function hasNul(text: string): boolean {
  return text.includes("\u0000");
}

// Postgres stores no NUL in text or jsonb (a "\u0000" escape in jsonb is refused too).
function metadataHasNul(value: unknown): boolean {
  if (typeof value === "string") return hasNul(value);
  if (Array.isArray(value)) return value.some(metadataHasNul);
  if (value !== null && typeof value === "object")
    return Object.entries(value).some(([key, item]) => hasNul(key) || metadataHasNul(item));
  return false;
}

function rest(row: Record<string, unknown>, used: string[]): Record<string, unknown> | null {
  // The common case, a row of exactly the fields used, without building anything.
  let keys = 0;
  for (const key in row) if (Object.hasOwn(row, key)) keys += 1;
  if (keys === used.length && used.every((key) => Object.hasOwn(row, key))) return null;
  const entries = Object.entries(row).filter(([key]) => !used.includes(key));
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}

function fromMessages(row: Record<string, unknown>): NormalizedRow {
  const messages = row.messages;
  if (!Array.isArray(messages) || messages.length < 2)
    return { ok: false, message: "'messages' must be an array of at least two messages" };
  for (const [index, message] of messages.entries()) {
    const m = message as { role?: unknown; content?: unknown } | null | undefined;
    if (typeof m?.role !== "string" || typeof m.content !== "string") {
      return { ok: false, message: `messages[${index}] needs a string 'role' and a string 'content'` };
    }
  }
  const typed = messages as { role: string; content: string }[];
  const last = typed[typed.length - 1];
  if (last.role !== "assistant")
    return { ok: false, message: "the last message must be the assistant's (the completion)" };
  const context = typed.slice(0, -1);
  const prompt = context.length === 1 ? context[0].content : context.map((m) => `${m.role}: ${m.content}`).join("\n\n");
  if (hasNul(prompt) || hasNul(last.content)) return { ok: false, message: "text contains a NUL character" };
  const metadata = { ...rest(row, ["messages"]), messages: context };
  if (metadataHasNul(metadata)) return { ok: false, message: "metadata contains a NUL character" };
  return { ok: true, record: { prompt, completion: last.content, metadata } };
}

export function normalizeRecord(value: unknown): NormalizedRow {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, message: "each row must be a JSON object" };
  }
  const row = value as Record<string, unknown>;
  if ("messages" in row) return fromMessages(row);
  for (const [promptKey, completionKey] of PAIRS) {
    if (!(promptKey in row) && !(completionKey in row)) continue;
    const prompt = row[promptKey];
    const completion = row[completionKey];
    if (typeof prompt !== "string") return { ok: false, message: `'${promptKey}' must be a string` };
    if (typeof completion !== "string") return { ok: false, message: `'${completionKey}' must be a string` };
    if (hasNul(prompt) || hasNul(completion)) return { ok: false, message: "text contains a NUL character" };
    const metadata = rest(row, [promptKey, completionKey]);
    if (metadataHasNul(metadata)) return { ok: false, message: "metadata contains a NUL character" };
    return { ok: true, record: metadata ? { prompt, completion, metadata } : { prompt, completion } };
  }
  return { ok: false, message: "expected 'prompt' and 'completion', 'question' and 'response', or 'messages'" };
}
