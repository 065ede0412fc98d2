import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bundleDigest, canonicalJson } from "@/lib/reports/bundle-digest";
import { owlProvenanceBundle } from "@/tests/support/owl-provenance-bundle";

describe("canonical JSON (RFC 8785 for the bundle's types)", () => {
  it("sorts keys recursively and writes no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: "x" } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it("sorts keys by UTF-16 code units, not by locale", () => {
    // "é" (U+00E9) sorts after "z"; "Z" before "a"; the owl (U+1F989) by its first surrogate, 0xD83E, so
    // before U+E000 although its code point is larger: RFC 8785 compares UTF-16 code units.
    expect(canonicalJson({ é: 1, z: 2, a: 3, Z: 4, "\uE000": 6, "\u{1F989}": 5 })).toBe(
      '{"Z":4,"a":3,"z":2,"é":1,"\u{1F989}":5,"\uE000":6}',
    );
  });

  it("writes numbers as ECMAScript does", () => {
    expect(canonicalJson([0.1, 1e21, 1e-7, -0, 2e-4, 100, 7615616512])).toBe(
      "[0.1,1e+21,1e-7,0,0.0002,100,7615616512]",
    );
  });

  it("escapes strings as JSON.stringify does (control characters, quotes, backslashes)", () => {
    expect(canonicalJson('a"b\\c\n\u0001</script>')).toBe('"a\\"b\\\\c\\n\\u0001</script>"');
  });

  it("leaves out undefined object members, as JSON does", () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it("refuses what JSON would silently change", () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/not a JSON number/);
    expect(() => canonicalJson([1, undefined])).toThrow();
    const holey: number[] = [];
    holey[0] = 1;
    holey[2] = 2; // [1, <hole>, 2]
    expect(() => canonicalJson(holey)).toThrow();
    expect(() => canonicalJson("\uD83E")).toThrow(/lone surrogate/);
    expect(() => canonicalJson(new Date(0))).toThrow(/Date/);
    expect(() => canonicalJson(10n)).toThrow();
  });
});

describe("the data digest", () => {
  it("is the SHA-256 of the bundle's canonical JSON", () => {
    const bundle = owlProvenanceBundle();
    expect(bundleDigest(bundle)).toBe(createHash("sha256").update(canonicalJson(bundle)).digest("hex"));
    expect(bundleDigest(bundle)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("does not depend on the order of keys, but on every value", () => {
    const bundle = owlProvenanceBundle();
    const reordered = Object.fromEntries(Object.entries(bundle).reverse()) as typeof bundle;
    expect(bundleDigest(reordered)).toBe(bundleDigest(bundle));
    expect(bundleDigest({ ...bundle, generatedBy: "someone@else.test" })).not.toBe(bundleDigest(bundle));
  });
});
