import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  PAPER_PREPRINT,
  PAPER_REFERENCE,
  PAPER_SHORT,
  PAPER_URL,
  SUBLIMINAL_LEARNING,
} from "@/lib/paper/paper-citation";

// The paper is cited one way everywhere: every mention of its first author in the source tree either lives in the
// citation module or is its exact short form or full reference (the README cannot import the module, so it spells
// them out, and this test holds it to them).

const MODULE = "lib/paper/paper-citation.ts";
const ROOTS = ["app", "components", "lib", "cli", "README.md"];
// Generated code (the Prisma client) is not ours to cite anything in.
const SKIPPED = new Set(["lib/generated", "node_modules"]);
const TEXT = /\.(ts|tsx|js|mjs|cjs|md|css|json)$/;

function files(entry: string): string[] {
  if (SKIPPED.has(entry)) return [];
  if (!statSync(entry).isDirectory()) return TEXT.test(entry) ? [entry] : [];
  return readdirSync(entry).flatMap((name) => files(path.posix.join(entry, name)));
}

/** Where `form` occurs in `text`, as [start, end) ranges. */
function occurrences(text: string, form: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) ranges.push([at, at + form.length]);
  return ranges;
}

/** Mentions of `pattern` in `text` that are neither the short form nor inside the full reference or its link: "line: text". */
function strayMentions(text: string, pattern: RegExp): string[] {
  // A mention may be inside the reference (its DOI, its preprint id), not only at its start.
  const allowed = [...occurrences(text, PAPER_REFERENCE), ...occurrences(text, PAPER_URL)];
  const lines = text.split("\n");
  return [...text.matchAll(pattern)]
    .filter(
      ({ index: at }) => !text.startsWith(PAPER_SHORT, at) && !allowed.some(([from, to]) => at >= from && at < to),
    )
    .map(({ index: at }) => {
      const line = text.slice(0, at).split("\n").length;
      return `${line}: ${lines[line - 1].trim()}`;
    });
}

const AUTHOR = /\bCloud\b/g;
// The identifiers too: a second spelling of the DOI or the preprint id is a second citation.
const IDENTIFIERS = new RegExp(
  `${SUBLIMINAL_LEARNING.doi.replace(/\./g, "\\.")}|${SUBLIMINAL_LEARNING.preprint.id.replace(/\./g, "\\.")}`,
  "g",
);

describe("the paper's citation", () => {
  it("is Cloud, Le et al., Nature 2026, with its DOI and the arXiv preprint", () => {
    expect(PAPER_SHORT).toBe("Cloud, Le et al. 2026");
    expect(PAPER_REFERENCE).toBe(
      "Cloud, Le et al., “Subliminal learning: language models transmit behavioral traits via hidden signals in data”. " +
        "Nature 652:615-621 (2026). doi:10.1038/s41586-026-10319-8. Preprint: arXiv:2507.14805 (2025).",
    );
    expect(PAPER_URL).toBe("https://doi.org/10.1038/s41586-026-10319-8");
    expect(PAPER_PREPRINT).toBe("arXiv:2507.14805 (2025)");
  });

  it("finds the old ways of citing it (the check below is not vacuous)", () => {
    const text =
      "as in Cloud et al. 2025\nsee Cloud, Le et al. (2025)\nfrom Cloud, Le et al. 2026\nUploadCloud icon\n(arXiv 2507.14805)";
    expect(strayMentions(text, AUTHOR)).toEqual(["1: as in Cloud et al. 2025", "2: see Cloud, Le et al. (2025)"]);
    expect(strayMentions(`x ${PAPER_REFERENCE} y`, AUTHOR)).toEqual([]);
    expect(strayMentions(text, IDENTIFIERS)).toEqual(["5: (arXiv 2507.14805)"]);
    expect(strayMentions(`> ${PAPER_REFERENCE} <${PAPER_URL}>`, IDENTIFIERS)).toEqual([]);
  });

  it("is named nowhere in app, components, lib, cli or the README except through the citation module's forms", () => {
    const sources = ROOTS.flatMap(files).filter((file) => file !== MODULE);
    expect(sources.length).toBeGreaterThan(100);
    expect(sources).toContain("README.md");
    const stray = sources.flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return [...strayMentions(text, AUTHOR), ...strayMentions(text, IDENTIFIERS)].map(
        (mention) => `${file}:${mention}`,
      );
    });
    expect(stray).toEqual([]);
  });

  it("gives the full reference once in the README, with a link to the article", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(readme.split(PAPER_REFERENCE)).toHaveLength(2);
    expect(readme).toContain(`<${PAPER_URL}>`);
  });
});
