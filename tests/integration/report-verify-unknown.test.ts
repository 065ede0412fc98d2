// A report signed with this instance's key but not issued here (another instance with the same key made
// it, or its record was deleted) is not "valid" with report: null: it has a status of its own, and the
// CLI prints it distinctly and exits with its own code.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as modelProvenanceRoute from "@/app/api/v1/models/[id]/provenance/route";
import * as verifyRoute from "@/app/api/v1/reports/verify/route";
import { EXIT } from "@/cli/exit-codes";
import { db } from "@/lib/db";
import { ADMIN_TOKEN, call } from "../support/api";
import { runPedigree } from "../support/in-process-cli";

async function verify(bytes: Buffer) {
  const response = await verifyRoute.POST(
    new Request("http://pedigree.test/api/v1/reports/verify", { method: "POST", body: new Uint8Array(bytes) }),
  );
  return { status: response.status, body: await response.json() };
}

describe("verifying a report this instance did not issue", () => {
  it("answers valid-unknown-report, and the CLI says so and exits 5", async () => {
    const model = await call(modelsRoute.POST, "POST", "/api/v1/models", {
      body: { name: "verify subject", provider: "openai" },
    });
    expect(model.status).toBe(201);
    const response = await modelProvenanceRoute.GET(
      new Request(`http://pedigree.test/api/v1/models/${model.body.id}/provenance?format=csv`, {
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      }),
      { params: Promise.resolve({ id: model.body.id }) },
    );
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    const reportId = response.headers.get("x-pedigree-report-id")!;

    const issued = await verify(bytes);
    expect(issued.body).toMatchObject({ status: "valid", intact: true, signedHere: true, report: { id: reportId } });
    const dir = await mkdtemp(join(tmpdir(), "pedigree-verify-"));
    const file = join(dir, "report.csv");
    await writeFile(file, bytes);
    expect((await runPedigree(["verify", file])).code).toBe(EXIT.ok);

    // The same bytes, on an instance that has no record of them.
    await (await db()).report.delete({ where: { id: reportId } });
    const elsewhere = await verify(bytes);
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body).toMatchObject({
      status: "valid-unknown-report",
      intact: true,
      signedHere: true,
      report: null,
    });
    expect(elsewhere.body.reason).toMatch(/no record of issuing it/);

    const cli = await runPedigree(["verify", file]);
    expect(cli.code).toBe(EXIT.unknownReport);
    expect(cli.code).toBe(5);
    expect(cli.output).toContain("VALID SIGNATURE, UNKNOWN REPORT");
    expect((await runPedigree(["--help"])).output).toContain("5  verify: intact and signed by this server's key");
  });
});
