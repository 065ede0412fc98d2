// The paper Pedigree's science comes from, cited one way everywhere: the UI, the demo workspace, the
// reports and the README all take their words from here (tests/unit/paper-citation.test.ts fails on any
// other mention of its authors). Pure: no imports, safe in client components.

export interface PaperCitation {
  authors: string;
  title: string;
  journal: string;
  volume: string;
  pages: string;
  year: number;
  doi: string;
  preprint: { archive: string; id: string; year: number };
}

export const SUBLIMINAL_LEARNING: PaperCitation = {
  authors: "Cloud, Le et al.",
  title: "Subliminal learning: language models transmit behavioral traits via hidden signals in data",
  journal: "Nature",
  volume: "652",
  pages: "615-621",
  year: 2026,
  // The Nature article's DOI; the preprint has its own arXiv id.
  doi: "10.1038/s41586-026-10319-8",
  preprint: { archive: "arXiv", id: "2507.14805", year: 2025 },
};

const paper = SUBLIMINAL_LEARNING;

/** The in-text form: "Cloud, Le et al. 2026". */
export const PAPER_SHORT = `${paper.authors} ${paper.year}`;

/** Where the article resolves. */
export const PAPER_URL = `https://doi.org/${paper.doi}`;

/** The preprint's identifier: "arXiv:2507.14805" (figure numbers in the demo refer to it). */
export const PAPER_PREPRINT_ID = `${paper.preprint.archive}:${paper.preprint.id}`;

/** The preprint, as cited beside the article: "arXiv:2507.14805 (2025)". */
export const PAPER_PREPRINT = `${PAPER_PREPRINT_ID} (${paper.preprint.year})`;

/** The full reference, given once wherever a page or report explains the science. */
export const PAPER_REFERENCE =
  `${paper.authors}, “${paper.title}”. ${paper.journal} ${paper.volume}:${paper.pages} (${paper.year}). ` +
  `doi:${paper.doi}. Preprint: ${PAPER_PREPRINT}.`;
