import { createHash } from "node:crypto";

// Keys derived from what an import reads, so that importing the same files again finds what the
// first import registered instead of registering it twice.

export function contentKey(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000"), "utf8").digest("hex").slice(0, 32);
}

export function sha256Text(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export const modelKey = (provider: string, externalId: string) => `model:${provider}:${externalId}`;
export const datasetKey = (sha256: string) => `dataset:${sha256}`;
