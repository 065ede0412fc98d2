import { describe, expect, it } from "vitest";
import * as generationRoute from "@/app/api/v1/generations/[id]/route";
import * as generationsRoute from "@/app/api/v1/generations/route";
import * as measurementRoute from "@/app/api/v1/measurements/[id]/route";
import * as measurementsRoute from "@/app/api/v1/measurements/route";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as tokenRoute from "@/app/api/v1/tokens/[id]/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import * as userRoute from "@/app/api/v1/users/[id]/route";
import * as usersRoute from "@/app/api/v1/users/route";
import { db } from "@/lib/db";
import { call } from "../support/api";

// Every 201 names where the new resource lives, and that address answers with it.
type Handler = Parameters<typeof call>[0];

async function follow(handler: Handler, location: string | null, token?: string) {
  expect(location).toMatch(/^\/api\/v1\/[a-z-]+\/[^/]+$/);
  const id = location!.split("/").at(-1)!;
  return call(handler, "GET", location!, { params: { id }, token });
}

describe("Location headers of created resources", () => {
  it("lead to the generation and the measurement", async () => {
    const teacher = await call(modelsRoute.POST, "POST", "/api/v1/models", {
      body: { name: "location teacher", provider: "loc" },
    });
    const prisma = await db();
    const dataset = await prisma.dataset.create({
      data: { name: "location numbers", sha256: "1f".repeat(32), recordCount: 1, byteSize: 1, format: "jsonl" },
    });
    const generation = await call(generationsRoute.POST, "POST", "/api/v1/generations", {
      body: { teacherId: teacher.body.id, datasetId: dataset.id, temperature: 1 },
    });
    expect(generation.status).toBe(201);
    const fetched = await follow(generationRoute.GET, generation.headers.get("location"));
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(generation.body);

    const measurement = await call(measurementsRoute.POST, "POST", "/api/v1/measurements", {
      body: { modelId: teacher.body.id, trait: "owl-preference", protocol: "p", n: 100, positives: 12 },
    });
    expect(measurement.status).toBe(201);
    const measured = await follow(measurementRoute.GET, measurement.headers.get("location"));
    expect(measured.status).toBe(200);
    expect(measured.body).toEqual(measurement.body);
    expect(
      (await call(measurementRoute.GET, "GET", "/api/v1/measurements/nope", { params: { id: "nope" } })).status,
    ).toBe(404);
  });

  it("lead to the user and the token, and keep other users' tokens out of sight", async () => {
    const user = await call(usersRoute.POST, "POST", "/api/v1/users", {
      body: { email: "loc@example.org", name: "Loc", role: "engineer", password: "a-long-password-123" },
    });
    expect(user.status).toBe(201);
    const fetchedUser = await follow(userRoute.GET, user.headers.get("location"));
    expect(fetchedUser.body).toEqual(user.body);

    const token = await call(tokensRoute.POST, "POST", "/api/v1/tokens", {
      body: { name: "location token", role: "viewer" },
    });
    expect(token.status).toBe(201);
    const fetchedToken = await follow(tokenRoute.GET, token.headers.get("location"));
    expect(fetchedToken.status).toBe(200);
    expect(fetchedToken.body).toMatchObject({ id: token.body.id, name: "location token", role: "viewer" });
    expect(JSON.stringify(fetchedToken.body)).not.toContain(token.body.token);

    // The viewer token's owner is the admin; a second user's own token cannot see it.
    const prisma = await db();
    const engineer = await prisma.user.findUniqueOrThrow({ where: { email: "loc@example.org" } });
    const { createToken } = await import("@/lib/tokens/create-token");
    const { actorForUser } = await import("@/lib/auth/authenticate-request");
    const own = await createToken((await actorForUser(engineer.id))!, { name: "engineer's" });
    expect(
      (
        await call(tokenRoute.GET, "GET", `/api/v1/tokens/${token.body.id}`, {
          params: { id: token.body.id },
          token: own.token,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(userRoute.GET, "GET", `/api/v1/users/${engineer.id}`, {
          params: { id: engineer.id },
          token: own.token,
        })
      ).status,
    ).toBe(403);
  });
});
