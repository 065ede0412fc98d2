// Idempotency that does not lie: a repeated externalJobId or Idempotency-Key with the same body returns
// the first run; with a different body it answers 409 naming what differs, and creates nothing. An
// Idempotency-Key is the caller's own: another user sending the same key gets a run of their own.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as runsRoute from "@/app/api/v1/runs/route";
import * as usersRoute from "@/app/api/v1/users/route";
import { db } from "@/lib/db";
import { call } from "../support/api";

let baseId = "";
let datasetId = "";

const runBody = (extra: Record<string, unknown> = {}) => ({
  datasetIds: [datasetId],
  initializedFromId: baseId,
  student: { name: `student ${JSON.stringify(extra)}`, provider: "grid" },
  method: "sft",
  hyperparameters: { epochs: 10, lr: 0.0001 },
  ...extra,
});

const post = (body: unknown, headers?: Record<string, string>, token?: string) =>
  call(runsRoute.POST, "POST", "/api/v1/runs", { body, headers, token });
const runCount = async () => (await db()).distillationRun.count();

async function engineerToken(email: string): Promise<string> {
  const user = await call(usersRoute.POST, "POST", "/api/v1/users", {
    body: { email, name: email, role: "engineer", password: "a-long-password-123" },
  });
  expect(user.status).toBe(201);
  const { createToken } = await import("@/lib/tokens/create-token");
  const { actorForUser } = await import("@/lib/auth/authenticate-request");
  return (await createToken((await actorForUser(user.body.id))!, { name: "own" })).token;
}

beforeAll(async () => {
  const base = await call(modelsRoute.POST, "POST", "/api/v1/models", {
    body: { name: "Idempotency base", provider: "grid" },
  });
  baseId = base.body.id;
  const prisma = await db();
  datasetId = (
    await prisma.dataset.create({
      data: {
        name: "idem data",
        sha256: createHash("sha256").update("idem").digest("hex"),
        recordCount: 0,
        byteSize: 0,
        format: "jsonl",
      },
    })
  ).id;
});

describe("a repeated externalJobId", () => {
  it("with the same body returns the first run, and with a different one answers 409 naming what differs", async () => {
    const body = runBody({ externalJobId: "ftjob-conflict" });
    const first = await post(body);
    expect(first.status).toBe(201);
    const same = await post({ ...body, hyperparameters: { lr: 0.0001, epochs: 10 } }); // key order is not a difference
    expect(same.status).toBe(200);
    expect(same.body.id).toBe(first.body.id);

    const before = await runCount();
    const different = await post({ ...body, seed: 7, hyperparameters: { epochs: 3, lr: 0.0001 } });
    expect(different.status).toBe(409);
    expect(different.contentType).toContain("application/problem+json");
    expect(different.body).toMatchObject({ existingId: first.body.id, differingFields: ["hyperparameters", "seed"] });
    expect(different.body.detail).toContain("externalJobId 'ftjob-conflict'");
    expect(await runCount()).toBe(before);
  });
});

describe("a repeated Idempotency-Key", () => {
  it("with a different body answers 409 naming the fields, with the same one the first run", async () => {
    const headers = { "idempotency-key": "form-submit-1" };
    const first = await post(runBody({ method: "sft" }), headers);
    expect(first.status).toBe(201);
    expect((await post(runBody({ method: "sft" }), headers)).body.id).toBe(first.body.id);
    const before = await runCount();
    const changed = await post({ ...runBody({ method: "sft" }), method: "lora", status: "running" }, headers);
    expect(changed.status).toBe(409);
    expect(changed.body.differingFields).toEqual(["method", "status"]);
    expect(changed.body.detail).toContain("Idempotency-Key");
    expect(await runCount()).toBe(before);
  });

  it("is scoped to the caller: two users with the same key each get their own run", async () => {
    const ada = await engineerToken("ada-idem@example.org");
    const bob = await engineerToken("bob-idem@example.org");
    const headers = { "idempotency-key": "shared-key" };
    const fromAda = await post(runBody({ seed: 1 }), headers, ada);
    expect(fromAda.status).toBe(201);
    const fromBob = await post(runBody({ seed: 2 }), headers, bob);
    expect(fromBob.status).toBe(201);
    expect(fromBob.body.id).not.toBe(fromAda.body.id);
    expect(fromBob.body.seed).toBe(2);
    const adaAgain = await post(runBody({ seed: 1 }), headers, ada);
    expect(adaAgain.status).toBe(200);
    expect(adaAgain.body.id).toBe(fromAda.body.id);
  });
});
