import type { APIRequestContext } from "@playwright/test";
import { expect } from "@playwright/test";
import { AUTH } from "./fixtures";

/** The id of the model or dataset named exactly `name`, found through the API. */
export async function idOf(request: APIRequestContext, resource: "models" | "datasets", name: string): Promise<string> {
  const response = await request.get(`/api/v1/${resource}?${new URLSearchParams({ q: name, limit: "50" })}`, {
    headers: AUTH,
  });
  expect(response.ok()).toBe(true);
  const page = (await response.json()) as { items: { id: string; name: string }[] };
  const item = page.items.find((candidate) => candidate.name === name);
  expect(item, `${resource} named ${name}`).toBeDefined();
  return item!.id;
}
