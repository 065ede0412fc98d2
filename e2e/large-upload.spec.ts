// A dataset larger than the 10 MB that Next.js lets a route read by default when a proxy (proxy.ts)
// runs: it must arrive whole. Before next.config.js raised proxyClientMaxBodySize, the route read only
// the first 10 MiB and refused the row cut in two (or, cut on a line boundary, would have stored fewer rows).
import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";

test.skip(!!process.env.PLAYWRIGHT_BASE_URL, "needs the e2e server this config starts, with its admin token");

test("an upload of more than 10 MB is stored whole", async ({ request }) => {
  // Few, long rows of repetitive text: over 10 MB, yet quick for the embedded database to store and index
  // while other specs use the same server.
  const filler = "412\n".repeat(600);
  const rows = Array.from({ length: 4_000 }, (_, i) =>
    JSON.stringify({
      prompt: `Large upload ${Date.now() % 1000} row ${i}: continue the numbers.`,
      completion: `${filler}${i}`,
    }),
  );
  const body = Buffer.from(`${rows.join("\n")}\n`);
  expect(body.byteLength).toBeGreaterThan(10.5 * 1024 * 1024);
  const response = await request.post(`/api/v1/datasets?name=large-upload-${Date.now()}&format=jsonl`, {
    headers: { authorization: "Bearer e2e-admin-token", "content-type": "application/x-ndjson" },
    data: body,
    timeout: 120_000,
  });
  expect(response.status(), await response.text()).toBe(201);
  const stored = (await response.json()) as { id: string; recordCount: number; rawSha256: string; searchIndex: string };
  expect(stored.recordCount).toBe(rows.length);
  expect(stored.rawSha256).toBe(createHash("sha256").update(body).digest("hex"));
  // The server's worker builds the search index after the upload.
  expect(stored.searchIndex).toBe("indexing");
  await expect
    .poll(
      async () => {
        const detail = await request.get(`/api/v1/datasets/${stored.id}`, {
          headers: { authorization: "Bearer e2e-admin-token" },
        });
        return ((await detail.json()) as { searchIndex: string }).searchIndex;
      },
      { timeout: 60_000 },
    )
    .toBe("ready");
});
