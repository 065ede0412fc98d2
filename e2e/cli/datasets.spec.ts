import { expect, test } from "@playwright/test";
import { api, cli } from "../support/cli-run";
import { writeNumberRows } from "../support/sl-experiment-folder";
import { withTempDir } from "../support/temp-dir";

// `datasets upload` and `datasets list`: content-addressed storage seen from the CLI.

test("datasets upload prints the SHA-256 the server stores, and identical content is stored once", async ({
  baseURL,
}) => {
  const url = baseURL!;
  const stamp = `${Date.now()}`;
  await withTempDir(async (dir) => {
    const file = await writeNumberRows(dir, "numbers.jsonl", { stamp, condition: "upload", count: 200 });
    const upload = await cli(url, ["datasets", "upload", file, "--name", `cli-upload-${stamp}`]);
    expect(upload.code, upload.stderr).toBe(0);
    expect(upload.stdout).toContain(`Uploaded numbers.jsonl as dataset 'cli-upload-${stamp}'.`);
    const printedSha = /^sha256:\s+([0-9a-f]{64})$/m.exec(upload.stdout)?.[1];
    const printedId = /^id:\s+(\S+)$/m.exec(upload.stdout)?.[1];
    expect(printedSha).toBeDefined();
    const stored = await api(url, `/api/v1/datasets/${printedId}`);
    expect(stored).toMatchObject({ sha256: printedSha, recordCount: 200, name: `cli-upload-${stamp}` });

    const repeat = await cli(url, ["datasets", "upload", file, "--name", "another name", "--json"]);
    expect(repeat.code).toBe(0);
    expect(JSON.parse(repeat.stdout)).toMatchObject({ id: printedId, sha256: printedSha, created: false });

    const listed = await cli(url, ["datasets", "list", "--search", printedSha!, "--json"]);
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout).items.map((d: { id: string }) => d.id)).toEqual([printedId]);
    const table = await cli(url, ["datasets", "list", "--search", `cli-upload-${stamp}`]);
    expect(table.stdout).toMatch(new RegExp(`cli-upload-${stamp}\\s+${printedSha!.slice(0, 16)}\\s+200`));
  });
});
