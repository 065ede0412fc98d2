import { expect, test } from "@playwright/test";
import { cli } from "../support/cli-run";

// How the CLI reports refusals (exit code, problem detail, listed fields) and what its --json output holds.

test("errors: a bad token exits 1 with the problem detail, invalid fields are listed, and --json output parses", async ({
  baseURL,
}) => {
  const url = baseURL!;
  const refused = await cli(url, ["models", "list"], "not-a-valid-token");
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain("Error: Authentication required (HTTP 401)");
  expect(refused.stderr).toContain("send a valid API token as 'Authorization: Bearer <token>'");
  expect(refused.stderr).not.toMatch(/\n\s+at /);
  expect(refused.stdout).toBe("");

  const refusedJson = await cli(url, ["models", "list", "--json"], "not-a-valid-token");
  expect(refusedJson.code).toBe(1);
  expect(JSON.parse(refusedJson.stdout)).toMatchObject({ error: { status: 401, title: "Authentication required" } });

  const invalid = await cli(url, ["models", "add", "--name", "   ", "--provider", "local"]);
  expect(invalid.code).toBe(1);
  expect(invalid.stderr).toContain("Error: Validation failed (HTTP 422)");
  expect(invalid.stderr).toContain("  - name: name is required");

  const listed = await cli(url, ["models", "list", "--limit", "3", "--json"]);
  expect(listed.code).toBe(0);
  const page = JSON.parse(listed.stdout);
  expect(page.items).toHaveLength(3);
  expect(page.items[0]).toHaveProperty("externalId");

  const shown = await cli(url, ["models", "show", "GPT-4.1 nano owl-numbers student", "--json"]);
  expect(shown.code, shown.stderr).toBe(0);
  expect(JSON.parse(shown.stdout)).toMatchObject({
    name: "GPT-4.1 nano owl-numbers student",
    initializedFrom: { name: "GPT-4.1 nano" },
  });

  const missing = await cli(url, ["lineage", `no-such-model-${Date.now()}`]);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain("Error: Not found (HTTP 404)");
});
