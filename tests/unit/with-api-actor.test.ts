import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { withApi } from "@/lib/api/with-api";

// A handler sees the actor the wrapper gives it: authenticated whenever the route needs a scope, and
// possibly none on a public route, so that a public handler cannot use one without checking.
const docs = { summary: "Test", tags: ["Service"], responses: { 200: { description: "ok" } } } as const;

describe("withApi's actor type", () => {
  it("is Actor when a scope is required and Actor | null on a public route", async () => {
    withApi({ scope: "catalog:read", docs }, ({ actor }) => {
      expectTypeOf(actor).toEqualTypeOf<Actor>();
      return Promise.resolve(null);
    });
    const publicRoute = withApi(
      { scope: null, query: z.object({ q: z.string().optional() }), docs },
      ({ actor, query }) => {
        expectTypeOf(actor).toEqualTypeOf<Actor | null>();
        return Promise.resolve({ actor, q: query.q ?? null });
      },
    );
    const response = await publicRoute(new Request("http://pedigree.test/api/x?q=1"));
    expect(await response.json()).toEqual({ actor: null, q: "1" });
  });
});
