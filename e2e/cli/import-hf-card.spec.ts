import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { cli, listAll, modelByExternalId } from "../support/cli-run";
import { writeNumberRows } from "../support/sl-experiment-folder";
import { withTempDir } from "../support/temp-dir";

// `import hf-card`: a model from a Hugging Face card's front matter.

test("import hf-card registers a model from its card's base_model and datasets, idempotently, and names datasets Pedigree lacks", async ({
  baseURL,
}) => {
  const url = baseURL!;
  const stamp = `${Date.now()}`;
  await withTempDir(async (dir) => {
    const data = await writeNumberRows(dir, "owl-numbers.jsonl", { stamp, condition: "hf", count: 30 });
    expect((await cli(url, ["datasets", "upload", data, "--name", `e2e/owl-numbers-${stamp}`])).code).toBe(0);
    const readme = join(dir, "README.md");
    const card = (datasets: string[]) =>
      `---\nlicense: mit\nbase_model:\n  - e2e/base-${stamp}\nbase_model_relation: adapter\ndatasets:\n${datasets.map((d) => `  - ${d}`).join("\n")}\nmodel-index:\n  - name: qwen-owl-${stamp}\n---\n# A LoRA adapter\n`;

    await writeFile(readme, card([`e2e/owl-numbers-${stamp}`, `e2e/not-uploaded-${stamp}`]));
    const partial = await cli(url, ["import", "hf-card", readme, "--external-id", `e2e/qwen-owl-${stamp}`]);
    expect(partial.code, partial.stderr).toBe(0);
    expect(partial.stdout).toContain(`missing  dataset-ref  dataset e2e/not-uploaded-${stamp}`);
    expect(partial.stdout).toContain(`no dataset named 'e2e/not-uploaded-${stamp}' is in Pedigree`);
    const model = await modelByExternalId(url, `e2e/qwen-owl-${stamp}`);
    const base = await modelByExternalId(url, `e2e/base-${stamp}`);
    expect(base.provider).toBe("huggingface");
    expect(model).toMatchObject({
      name: `qwen-owl-${stamp}`,
      provider: "huggingface",
      baseRelation: "adapter",
      initializedFrom: { id: base.id },
    });
    expect(await listAll(url, `/api/v1/runs?studentId=${model.id}`)).toHaveLength(0);

    await writeFile(readme, card([`e2e/owl-numbers-${stamp}`]));
    const complete = JSON.parse(
      (await cli(url, ["import", "hf-card", readme, "--external-id", `e2e/qwen-owl-${stamp}`, "--json"])).stdout,
    );
    expect(complete.counts).toMatchObject({ created: 1, present: 3 });
    const runs = await listAll(url, `/api/v1/runs?studentId=${model.id}`);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ method: "lora", initializedFrom: { id: base.id } });
    const again = JSON.parse(
      (await cli(url, ["import", "hf-card", readme, "--external-id", `e2e/qwen-owl-${stamp}`, "--json"])).stdout,
    );
    expect(again.counts).toMatchObject({ created: 0, present: 4 });

    await writeFile(readme, "# No front matter here\n");
    const bad = await cli(url, ["import", "hf-card", readme]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("The card has no YAML front matter");
  });
});
