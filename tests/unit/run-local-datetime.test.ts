import { describe, expect, it } from "vitest";
import { newIdempotencyKey } from "@/lib/runs/idempotency-key";
import { isoToLocalInput, localInputToIso, localZoneLabel } from "@/lib/runs/local-datetime";

describe("datetime-local values and ISO instants", () => {
  it("round-trips through the browser's zone, whatever it is", () => {
    const local = "2025-05-12T09:00";
    const iso = localInputToIso(local);
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
    expect(isoToLocalInput(iso!)).toBe(local);
    expect(new Date(iso!).getTime()).toBe(new Date(2025, 4, 12, 9, 0).getTime());
  });

  it("leaves empty inputs out and passes text that is no date on for validation", () => {
    expect(localInputToIso("")).toBeUndefined();
    expect(localInputToIso("  ")).toBeUndefined();
    expect(localInputToIso("soon")).toBe("soon");
    expect(isoToLocalInput(null)).toBe("");
    expect(isoToLocalInput("not a date")).toBe("");
  });

  it("labels the zone by its offset", () => {
    const at = new Date();
    const label = localZoneLabel(at);
    if (at.getTimezoneOffset() === 0) expect(label).toBe("UTC");
    else expect(label).toMatch(/^UTC[+−]\d{2}:\d{2}$/);
  });
});

describe("idempotency keys", () => {
  it("are v4 UUIDs, with or without crypto.randomUUID", () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newIdempotencyKey()).toMatch(uuid);
    const withoutRandomUuid = {
      getRandomValues: <T extends ArrayBufferView | null>(array: T) => crypto.getRandomValues(array as never) as T,
    };
    const a = newIdempotencyKey(withoutRandomUuid);
    const b = newIdempotencyKey(withoutRandomUuid);
    expect(a).toMatch(uuid);
    expect(a).not.toBe(b);
  });
});
