import { describe, expect, it } from "vitest";
import { countMatches, splitHighlights, splitLineBreaks } from "@/components/datasets/highlight";

describe("splitting record text around the search term", () => {
  it("marks every case-insensitive occurrence and keeps the text between", () => {
    expect(splitHighlights("Owl, owl and OWLS", "owl")).toEqual([
      { text: "Owl", match: true },
      { text: ", ", match: false },
      { text: "owl", match: true },
      { text: " and ", match: false },
      { text: "OWL", match: true },
      { text: "S", match: false },
    ]);
  });

  it("treats the term literally, not as a pattern", () => {
    expect(splitHighlights("a+b (c) a.b", "a.b")).toEqual([
      { text: "a+b (c) ", match: false },
      { text: "a.b", match: true },
    ]);
    expect(splitHighlights("[1, 2]", "[1")).toEqual([
      { text: "[1", match: true },
      { text: ", 2]", match: false },
    ]);
  });

  it("gives the whole text for an empty term or no match, and nothing for empty text", () => {
    expect(splitHighlights("964\n725", "")).toEqual([{ text: "964\n725", match: false }]);
    expect(splitHighlights("964\n725", "owl")).toEqual([{ text: "964\n725", match: false }]);
    expect(splitHighlights("", "owl")).toEqual([]);
  });

  it("matches across line breaks and counts matches", () => {
    expect(splitHighlights("087\n187", "87\n1")).toEqual([
      { text: "0", match: false },
      { text: "87\n1", match: true },
      { text: "87", match: false },
    ]);
    expect(countMatches("87 187 287", "87")).toBe(3);
  });

  it("rejoined, the parts are the original text", () => {
    const text = "See the following numbers: 857, 412, 296.\nReturn one number per line.";
    expect(
      splitHighlights(text, "n")
        .map((part) => part.text)
        .join(""),
    ).toBe(text);
  });

  it("splits a part at line breaks for the collapsed view", () => {
    expect(splitLineBreaks("964\n725\r\n\n1")).toEqual([
      { kind: "text", text: "964" },
      { kind: "break" },
      { kind: "text", text: "725" },
      { kind: "break" },
      { kind: "break" },
      { kind: "text", text: "1" },
    ]);
  });
});
