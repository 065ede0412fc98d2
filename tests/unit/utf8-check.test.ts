import { isUtf8 } from "node:buffer";
import { describe, expect, it } from "vitest";
import { InvalidUtf8Error, Utf8Check } from "@/lib/datasets/parsing/utf8-check";

/** Feeds `bytes` in the given chunk sizes; returns the error's line and offset, or "valid". */
function check(bytes: Uint8Array, cuts: number[] = []): { line: number; offset: number } | "valid" {
  const check = new Utf8Check();
  try {
    let start = 0;
    for (const cut of [...cuts, bytes.length]) {
      check.update(bytes.subarray(start, cut));
      start = cut;
    }
    check.end();
    return "valid";
  } catch (error) {
    if (!(error instanceof InvalidUtf8Error)) throw error;
    return { line: error.line, offset: error.offset };
  }
}

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part) : Buffer.from(part))));

describe("Utf8Check", () => {
  it("accepts text whose characters are cut between chunks", () => {
    const text = bytes('{"prompt":"héllo 🦉 – 中文"}\n{"completion":"ok"}\n');
    for (let cut = 0; cut <= text.length; cut += 1) expect(check(text, [cut])).toBe("valid");
    expect(check(text, [12, 13, 14, 15, 16, 17])).toBe("valid");
  });

  it("names the line and the byte offset where an invalid character begins", () => {
    expect(check(bytes("ab\ncd\n", [0xff], "x"))).toEqual({ line: 3, offset: 6 });
    // Overlong "/" (C0 AF), a surrogate (ED A0 80), above U+10FFFF (F4 90 80 80).
    expect(check(bytes("a\n", [0xc0, 0xaf]))).toEqual({ line: 2, offset: 2 });
    expect(check(bytes("a\nb\n", [0xed, 0xa0, 0x80]))).toEqual({ line: 3, offset: 4 });
    expect(check(bytes("é", [0xf4, 0x90, 0x80, 0x80]))).toEqual({ line: 1, offset: 2 });
    // A continuation byte missing inside the text: the character began at the lead byte.
    expect(check(bytes("ok ", [0xe2, 0x82], " then\n"))).toEqual({ line: 1, offset: 3 });
  });

  it("refuses a character cut short at the end of the file", () => {
    expect(check(bytes("line\n", [0xf0, 0x9f, 0xa6]))).toEqual({ line: 2, offset: 5 });
    expect(check(bytes("line\n", [0xf0, 0x9f, 0xa6]), [6])).toEqual({ line: 2, offset: 5 });
  });

  it("gives the same answer however the bytes are cut, valid exactly when Node's decoder says so", () => {
    let state = 7;
    const random = (n: number) => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % n;
    const alphabet = [
      0x0a, 0x41, 0x7f, 0x80, 0xbf, 0xc2, 0xc0, 0xdf, 0xe0, 0xa0, 0xed, 0x9f, 0xef, 0xf0, 0x90, 0xf4, 0x8f, 0xff,
    ];
    for (let trial = 0; trial < 3000; trial += 1) {
      const sample = Uint8Array.from({ length: 1 + random(12) }, () =>
        random(3) === 0 ? alphabet[random(alphabet.length)] : 0x61,
      );
      const whole = check(sample);
      expect(whole === "valid").toBe(isUtf8(sample));
      const cuts = [...new Set(Array.from({ length: random(4) }, () => random(sample.length + 1)))].sort(
        (a, b) => a - b,
      );
      expect(check(sample, cuts)).toEqual(whole);
    }
  });
});
