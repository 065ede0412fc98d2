import "server-only";
import { lookup } from "node:dns/promises";
import type { LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { refusedAddressReason, refusedUrlReason } from "./webhook-address";

// One HTTP POST to a webhook. The host is resolved and every address checked just before the request,
// and the socket connects only to an address that passed the check (the lookup given to the request),
// so a name that resolves elsewhere between the two (DNS rebinding) gains nothing. Redirects are never
// followed: a 3xx is a failure, as is anything but 2xx. The whole exchange is limited to `timeoutMs`.

const DELIVERY_TIMEOUT_MS = 10_000;

export interface SendOptions {
  url: string;
  body: string;
  headers: Record<string, string>;
  allowPrivate: boolean;
  timeoutMs?: number;
}

export type SendResult = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

/** Resolves `host` and refuses it when any of its addresses is local or private. */
export async function checkedAddresses(host: string, allowPrivate: boolean): Promise<LookupAddress[]> {
  const bare = host.replace(/^\[|\]$/g, "");
  const addresses = isIP(bare)
    ? [{ address: bare, family: isIP(bare) }]
    : await lookup(bare, { all: true, verbatim: true });
  if (addresses.length === 0) throw new Error(`${host} does not resolve`);
  if (!allowPrivate) {
    for (const { address } of addresses) {
      const reason = refusedAddressReason(address);
      if (reason) throw new Error(`refused: ${host} resolves to ${reason}`);
    }
  }
  return addresses;
}

/** The socket's lookup: the addresses already checked, nothing resolved again. */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    // Node's net.connect asks with { all: true } when it tries several addresses (autoSelectFamily).
    if ((options as { all?: boolean }).all === true)
      (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  };
}

export async function sendWebhook(options: SendOptions): Promise<SendResult> {
  const refusal = refusedUrlReason(options.url, options.allowPrivate);
  if (refusal) return { ok: false, statusCode: null, error: `refused: ${refusal}` };
  const url = new URL(options.url);
  let addresses: LookupAddress[];
  try {
    addresses = await checkedAddresses(url.hostname, options.allowPrivate);
  } catch (error) {
    return { ok: false, statusCode: null, error: (error as Error).message };
  }
  const signal = AbortSignal.timeout(options.timeoutMs ?? DELIVERY_TIMEOUT_MS);
  const client = url.protocol === "https:" ? https : http;
  return new Promise<SendResult>((resolve) => {
    const request = client.request(
      url,
      {
        method: "POST",
        headers: { ...options.headers, "content-length": String(Buffer.byteLength(options.body)) },
        lookup: pinnedLookup(addresses),
        signal,
      },
      (response) => {
        const statusCode = response.statusCode ?? 0;
        // The answer's body is not read beyond what arrives; it tells nothing the status does not.
        response.resume();
        response.on("end", () => {
          if (statusCode >= 200 && statusCode < 300) resolve({ ok: true, statusCode });
          else if (statusCode >= 300 && statusCode < 400)
            resolve({ ok: false, statusCode, error: `redirect to ${response.headers.location ?? "?"} not followed` });
          else resolve({ ok: false, statusCode, error: `answered ${String(statusCode)}` });
        });
        response.on("error", (error) => {
          resolve({ ok: false, statusCode, error: error.message });
        });
        response.on("close", () => {
          resolve({ ok: false, statusCode, error: "the answer was cut off" });
        });
      },
    );
    request.on("error", (error) => {
      resolve({
        ok: false,
        statusCode: null,
        error: signal.aborted
          ? `no answer within ${String(options.timeoutMs ?? DELIVERY_TIMEOUT_MS)} ms`
          : error.message,
      });
    });
    request.end(options.body);
  });
}
