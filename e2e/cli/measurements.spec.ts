import { expect, test } from "@playwright/test";
import { cli } from "../support/cli-run";

// `measurements list` on the demo workspace's owl student.

test("measurements list shows a model's measurements with their intervals", async ({ baseURL }) => {
  const listed = await cli(baseURL!, ["measurements", "list", "--model", "GPT-4.1 nano owl-numbers student", "--json"]);
  expect(listed.code, listed.stderr).toBe(0);
  const items = JSON.parse(listed.stdout).items as {
    model: { name: string };
    trait: { slug: string };
    shown: { low: number; high: number };
  }[];
  expect(items.length).toBeGreaterThanOrEqual(3);
  for (const m of items)
    expect(m).toMatchObject({ model: { name: "GPT-4.1 nano owl-numbers student" }, trait: { slug: "owl-preference" } });
  const table = await cli(baseURL!, ["measurements", "list", "--trait", "owl-preference"]);
  expect(table.stdout.split("\n")[0]).toMatch(/^Model\s+Trait\s+Protocol\s+Value\s+95% interval/);
});
