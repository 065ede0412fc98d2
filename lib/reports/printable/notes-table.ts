// The printable report's notes: what auditors and admins wrote on the report's models, datasets and
// runs, grouped under the record they are on (models, then datasets, then runs, in the report's order), oldest first.
import { annotationTargets } from "@/lib/reports/formats/annotation-subjects";
import { indexProvenance } from "@/lib/reports/formats/provenance-index";
import type { BundleGraph } from "./bundle-graph";
import type { ReportTable } from "./report-tables";
import { formatWhen } from "./report-words";

const KIND_ORDER = { model: 0, dataset: 1, run: 2 } as const;

export function notesTable(graph: BundleGraph): ReportTable {
  const { bundle } = graph;
  const position = new Map(
    [...bundle.models, ...bundle.datasets, ...bundle.runs].map((record, order) => [record.id, order]),
  );
  const notes = annotationTargets(bundle, indexProvenance(bundle)).sort(
    (a, b) =>
      KIND_ORDER[a.annotation.subjectType] - KIND_ORDER[b.annotation.subjectType] ||
      (position.get(a.annotation.subjectId) ?? 0) - (position.get(b.annotation.subjectId) ?? 0) ||
      a.annotation.createdAt.localeCompare(b.annotation.createdAt),
  );
  return {
    columns: [
      { header: "On", width: 20 },
      { header: "Author", width: 13 },
      { header: "Written", width: 13 },
      { header: "Note", width: 54 },
    ],
    rows: notes.map(({ annotation, target }) => [
      target.label,
      annotation.author,
      annotation.updatedAt === annotation.createdAt
        ? formatWhen(annotation.createdAt)
        : `${formatWhen(annotation.createdAt)}\nedited ${formatWhen(annotation.updatedAt)}`,
      annotation.body,
    ]),
    empty: "No one has written a note on these models, datasets or runs.",
  };
}

/**
 * The table with each over-long note cut into rows of at most `maxChars` characters and `maxLines` lines, so that
 * every row fits on a PDF page (which keeps a row whole); the rows that continue a note say so.
 */
export function withNotesInPageSizedRows(table: ReportTable, maxChars = 1200, maxLines = 30): ReportTable {
  const noteColumn = table.columns.length - 1;
  return {
    ...table,
    rows: table.rows.flatMap((row) =>
      pieces(row[noteColumn], maxChars, maxLines).map((piece, n) =>
        n === 0 ? [...row.slice(0, noteColumn), piece] : [...row.slice(0, noteColumn).map(() => ""), piece],
      ),
    ),
  };
}

/** Text cut, at a line break or a space where it can, into pieces within both limits. */
function pieces(text: string, maxChars: number, maxLines: number): string[] {
  const result: string[] = [];
  let rest = text;
  while (rest.length > maxChars || rest.split("\n").length > maxLines) {
    let head = rest.slice(0, maxChars);
    const lines = head.split("\n");
    if (lines.length > maxLines) head = lines.slice(0, maxLines).join("\n");
    else {
      // A line break in the second half of the piece makes the cleaner cut; else the last space.
      const atLine = head.lastIndexOf("\n");
      const at = atLine > head.length / 2 ? atLine : Math.max(atLine, head.lastIndexOf(" "));
      if (at > 0) head = head.slice(0, at);
    }
    result.push(head);
    // The break the cut was made at is not carried into the next piece.
    rest = rest.slice(head.length).replace(/^[ \n]/, "");
  }
  result.push(rest);
  return result.map((piece, n) => (n === 0 ? piece : `(continued) ${piece}`));
}
