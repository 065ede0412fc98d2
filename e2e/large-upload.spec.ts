// Dataset uploads larger than the 10 MB that Next.js lets a route read when a proxy (proxy.ts) sees the
// request: they must arrive whole, announced (Content-Length) or chunked. Before, the route read only the
// first 10 MiB and refused the row cut in two (or, cut on a line boundary, would have stored fewer rows);
// Next.js also held two copies of the body in memory. Such requests now bypass the proxy.
import { createHash } from "node:crypto";
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";

test.skip(!!process.env.PLAYWRIGHT_BASE_URL, "needs the e2e server this config starts, with its admin token");

const AUTH = "Bearer e2e-admin-token";

/** Few, long rows of repetitive text: over 10 MB, yet quick for the embedded database to store and index. */
function largeFile(tag: string): { body: Buffer; rows: number } {
  const filler = "412\n".repeat(600);
  const rows = Array.from({ length: 4_000 }, (_, i) =>
    JSON.stringify({ prompt: `Large upload ${tag} row ${i}: continue the numbers.`, completion: `${filler}${i}` }),
  );
  return { body: Buffer.from(`${rows.join("\n")}\n`), rows: rows.length };
}

test("an upload of more than 10 MB is stored whole, with the security headers", async ({ request }) => {
  const { body, rows } = largeFile(`${Date.now() % 1000}`);
  expect(body.byteLength).toBeGreaterThan(10.5 * 1024 * 1024);
  const response = await request.post(`/api/v1/datasets?name=large-upload-${Date.now()}&format=jsonl`, {
    headers: { authorization: AUTH, "content-type": "application/x-ndjson" },
    data: body,
    timeout: 120_000,
  });
  expect(response.status(), await response.text()).toBe(201);
  const stored = (await response.json()) as { id: string; recordCount: number; rawSha256: string; searchIndex: string };
  expect(stored.recordCount).toBe(rows);
  expect(stored.rawSha256).toBe(createHash("sha256").update(body).digest("hex"));
  // Set by withApi: the proxy does not see a body this large.
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  // The server's worker builds the search index after the upload.
  expect(stored.searchIndex).toBe("indexing");
  await expect
    .poll(
      async () => {
        const detail = await request.get(`/api/v1/datasets/${stored.id}`, { headers: { authorization: AUTH } });
        return ((await detail.json()) as { searchIndex: string }).searchIndex;
      },
      { timeout: 60_000 },
    )
    .toBe("ready");
});

test("a chunked upload of more than 10 MB is stored whole", async ({ baseURL }) => {
  const { body, rows } = largeFile(`chunked ${Date.now() % 1000}`);
  const url = new URL(`/api/v1/datasets?name=chunked-upload-${Date.now()}&format=jsonl`, baseURL);
  const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const sent = httpRequest(
      url,
      { method: "POST", headers: { authorization: AUTH, "content-type": "application/x-ndjson" } },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    sent.on("error", reject);
    // No Content-Length: Node sends the body chunked, a megabyte at a time.
    for (let offset = 0; offset < body.byteLength; offset += 1024 * 1024)
      sent.write(body.subarray(offset, offset + 1024 * 1024));
    sent.end();
  });
  expect(answer.status, answer.text).toBe(201);
  const stored = JSON.parse(answer.text) as { recordCount: number; rawSha256: string };
  expect(stored.recordCount).toBe(rows);
  expect(stored.rawSha256).toBe(createHash("sha256").update(body).digest("hex"));
});
