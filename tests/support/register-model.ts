import { expect } from "vitest";
import * as modelsRoute from "@/app/api/v1/models/route";
import { call } from "./api";

/** Registers a model through POST /api/v1/models as the tests' admin, expecting 201, and returns its id. */
export async function registerModel(body: {
  name: string;
  provider: string;
  [field: string]: unknown;
}): Promise<string> {
  const result = await call(modelsRoute.POST, "POST", "/api/v1/models", { body });
  expect(result.status).toBe(201);
  return result.body.id as string;
}
