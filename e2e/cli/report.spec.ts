import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { cli } from "../support/cli-run";
import { withTempDir } from "../support/temp-dir";

// `report` writes signed provenance reports; `verify` checks them with the server that signed them.

test("report writes a model's signed provenance report to a file or a folder", async ({ baseURL }) => {
  const url = baseURL!;
  await withTempDir(async (dir) => {
    const file = join(dir, "owl-student.prov.json");
    const prov = await cli(url, [
      "report",
      "GPT-4.1 nano owl-numbers student",
      "--format",
      "prov-json",
      "-o",
      file,
      "--json",
    ]);
    expect(prov.code, prov.stderr).toBe(0);
    const summary = JSON.parse(prov.stdout);
    expect(summary).toMatchObject({
      file,
      format: "prov-json",
      scope: "model",
      model: { name: "GPT-4.1 nano owl-numbers student" },
    });
    expect(summary.reportId).toMatch(/^rpt_/);
    const document = JSON.parse(await readFile(file, "utf8"));
    expect(Object.keys(document)).toEqual(expect.arrayContaining(["entity", "activity", "wasGeneratedBy"]));
    expect(JSON.stringify(document)).toContain("GPT-4.1 nano owl teacher");
    expect((await readFile(file)).byteLength).toBe(summary.bytes);

    const pdf = await cli(url, [
      "report",
      "GPT-4.1 nano owl-numbers student",
      "--format",
      "pdf",
      "--scope",
      "lineage",
      "-o",
      dir,
    ]);
    expect(pdf.code, pdf.stderr).toBe(0);
    const pdfName = (await readdir(dir)).find((name) => name.endsWith(".pdf"));
    expect(pdfName).toBeDefined();
    expect(pdf.stdout).toContain(`Written to:     ${join(dir, pdfName!)}`);
    expect((await readFile(join(dir, pdfName!))).subarray(0, 5).toString()).toBe("%PDF-");

    const csv = await cli(url, ["report", "GPT-4.1 nano owl-numbers student", "--format", "csv"]);
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.split(/\r?\n/);
    expect(lines).toContain(
      "model_name,model_id,trait,protocol,kind,n,positives,questions,value,ci_low,ci_high,ci_method,ci_note,seed,measured_at,source",
    );
    expect(
      lines.some((line) => line.startsWith("GPT-4.1 nano owl-numbers student,") && line.includes(",owl-preference,")),
    ).toBe(true);
    expect(csv.stderr).toContain("Written to:     stdout");

    // The report verifies with the server that signed it, without a token; one changed byte fails (exit 4).
    const intact = await cli(url, ["verify", join(dir, pdfName!)], "");
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toContain("Intact, and signed by this server.");
    const changedFile = join(dir, "changed.prov.json");
    await writeFile(
      changedFile,
      (await readFile(file, "utf8")).replace("GPT-4.1 nano owl teacher", "GPT-4.1 nano owl teachers"),
    );
    const changed = await cli(url, ["verify", changedFile, "--json"], "");
    expect(changed.code).toBe(4);
    expect(JSON.parse(changed.stdout)).toMatchObject({
      status: "tampered",
      intact: false,
      signedHere: true,
      report: { id: summary.reportId },
    });
  });
});
