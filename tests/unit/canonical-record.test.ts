import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CanonicalHasher, canonicalLine, canonicalSha256 } from "@/lib/datasets/canonical-record";

describe("canonical dataset form", () => {
  it("writes prompt, completion and sorted metadata as one JSON line", () => {
    expect(canonicalLine({ completion: "1\n2", prompt: "p" })).toBe('{"prompt":"p","completion":"1\\n2"}\n');
    expect(canonicalLine({ prompt: "p", completion: "c", metadata: { z: 1, a: { y: 2, b: 3 } } })).toBe(
      '{"prompt":"p","completion":"c","metadata":{"a":{"b":3,"y":2},"z":1}}\n',
    );
    expect(canonicalLine({ prompt: "p", completion: "c", metadata: {} })).toBe('{"prompt":"p","completion":"c"}\n');
  });

  it("hashes the concatenated lines, the same incrementally as at once", () => {
    const records = [
      { prompt: "a", completion: "1" },
      { prompt: "b", completion: "2" },
    ];
    const expected = createHash("sha256")
      .update('{"prompt":"a","completion":"1"}\n{"prompt":"b","completion":"2"}\n')
      .digest("hex");
    expect(canonicalSha256(records)).toBe(expected);
    const hasher = new CanonicalHasher();
    records.forEach((record) => hasher.add(record));
    expect(hasher.recordCount).toBe(2);
    expect(hasher.byteSize).toBe(64);
    expect(hasher.digest()).toBe(expected);
    expect(canonicalSha256([...records].reverse())).not.toBe(expected);
  });
});
