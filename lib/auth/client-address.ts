import "server-only";
import { env } from "@/lib/env";

// Route handlers do not see the socket. Next.js fills X-Forwarded-For with the socket's address only
// when the client sent none, so the header's last entry is the peer when served directly, and a
// client can still write the header itself. Behind N trusted proxies that each append the address
// they saw, the client is the N-th entry from the right; anything further left is the client's word.
export function clientAddress(headers: Headers, trustedProxies: number = env.PEDIGREE_TRUSTED_PROXIES): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return "unknown";
  const index = trustedProxies === 0 ? chain.length - 1 : Math.max(0, chain.length - trustedProxies);
  return chain[index].slice(0, 64);
}
