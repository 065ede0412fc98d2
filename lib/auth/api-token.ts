import "server-only";
import { createHash, randomBytes } from "node:crypto";

// API tokens are long random strings, so a fast hash is enough to store them safely (unlike
// passwords, they cannot be guessed from a dictionary). Only the hash and a short prefix are kept.
const TOKEN_PREFIX = "pdg_";
const VISIBLE_PREFIX_LENGTH = 10;

export function generateApiToken(): string {
  return TOKEN_PREFIX + randomBytes(24).toString("base64url");
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** What lists show of a token: enough to tell tokens apart, too little to use. */
export function visiblePrefix(token: string): string {
  return token.slice(0, Math.min(VISIBLE_PREFIX_LENGTH, Math.max(1, Math.floor(token.length / 2))));
}
