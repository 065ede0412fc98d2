import { afterEach, describe, expect, it, vi } from "vitest";
import { apiFetch, parseProblem, ProblemError, requestJson, sendRequest } from "@/lib/http/problem-client";

function problemResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/problem+json" } });
}

describe("parseProblem", () => {
  it("keeps field and line errors and the extension members", () => {
    const problem = {
      title: "Conflict",
      status: 409,
      detail: "Already registered with different name.",
      existingId: "m1",
      conflictingFields: ["name"],
      errors: [
        { field: "line 3", message: "not JSON", line: 3 },
        { field: "name", message: "taken" },
      ],
    };
    expect(parseProblem(409, JSON.stringify(problem))).toEqual(problem);
  });

  it("makes a problem of a body that is not one", () => {
    expect(parseProblem(502, "<html><h1>502 Bad Gateway</h1></html>")).toEqual({
      status: 502,
      title: "Request failed (HTTP 502)",
    });
    expect(
      parseProblem(502, "<html><h1>502 Bad Gateway</h1></html>", {
        fallbackTitle: "Bad Gateway",
        detailFromText: true,
      }),
    ).toEqual({
      status: 502,
      title: "Bad Gateway",
      detail: "502 Bad Gateway",
    });
    expect(parseProblem(500, "")).toEqual({ status: 500, title: "Request failed (HTTP 500)" });
  });
});

describe("requests", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("throws a ProblemError for an error status, with the messages per field", async () => {
    const fetch = vi.fn(() =>
      Promise.resolve(
        problemResponse(422, {
          title: "Invalid",
          status: 422,
          detail: "email: already registered",
          errors: [{ field: "email", message: "already registered" }],
        }),
      ),
    );
    vi.stubGlobal("fetch", fetch);
    const error = await apiFetch("/api/v1/users", { method: "POST", body: { email: "a@b.c" } }).catch(
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).status).toBe(422);
    expect((error as ProblemError).message).toBe("email: already registered");
    expect((error as ProblemError).fieldErrors()).toEqual({ email: "already registered" });
    expect(fetch).toHaveBeenCalledWith(
      "/api/v1/users",
      expect.objectContaining({ method: "POST", credentials: "same-origin", body: '{"email":"a@b.c"}' }),
    );
  });

  it("returns the JSON answer, and undefined for an empty one", async () => {
    const answers = [new Response('{"id":"m1"}', { status: 201 }), new Response(null, { status: 204 })];
    const fetch = vi.fn(() => Promise.resolve(answers.shift() ?? new Response(null, { status: 500 })));
    expect(await requestJson("http://h/api/v1/models", { fetch })).toEqual({ id: "m1" });
    expect(await requestJson("http://h/api/v1/models/m1", { method: "DELETE", fetch })).toBeUndefined();
  });

  it("reports a request that got no answer as status 0, or as the caller's error; an abort stays an abort", async () => {
    const refused = vi.fn(() => Promise.reject(new TypeError("fetch failed")));
    const unreachable = await sendRequest("http://h/x", { fetch: refused }).catch((reason: unknown) => reason);
    expect(unreachable).toBeInstanceOf(ProblemError);
    expect((unreachable as ProblemError).status).toBe(0);
    await expect(
      sendRequest("http://h/x", { fetch: refused, unreachable: () => new Error("offline") }),
    ).rejects.toThrow("offline");

    const controller = new AbortController();
    controller.abort();
    const aborted = vi.fn(() => Promise.reject(new DOMException("aborted", "AbortError")));
    await expect(sendRequest("http://h/x", { fetch: aborted, signal: controller.signal })).rejects.toThrow("aborted");
  });
});
