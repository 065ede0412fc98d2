// The printable report's transfer effects: for each run that trained a report subject, its condition
// against the control condition and against its initialisation, in the run page's words and figures.
import { comparisonFigures } from "@/lib/measurements/comparison-text";
import { VERDICT_WORDS } from "@/lib/measurements/transfer-verdict";
import type { ProvComparison } from "../provenance.types";
import type { BundleGraph } from "./bundle-graph";
import type { ReportTable } from "./report-tables";

export function transfersTable(graph: BundleGraph): ReportTable {
  const nameOf = (id: string) => graph.model(id)?.name ?? id;
  const traitName = (id: string) => graph.bundle.traits.find((t) => t.id === id)?.name ?? id;
  const row = (
    student: string,
    trait: string,
    label: string,
    side: ProvComparison | null,
    missing: string,
  ): string[] => [
    student,
    trait,
    side ? `${label}\n${side.against.map((model) => model.name).join(", ")}` : label,
    side ? VERDICT_WORDS[side.comparison.verdict].label : VERDICT_WORDS.untestable.label,
    side ? comparisonFigures(side.comparison) : missing,
  ];
  return {
    columns: [
      { header: "Student (its condition's seeds)", width: 20 },
      { header: "Trait", width: 11 },
      { header: "Against", width: 17 },
      { header: "Verdict", width: 11 },
      { header: "Difference, 95% interval, p and test", width: 41 },
    ],
    rows: graph.bundle.transfers.flatMap((transfer) => {
      const student =
        transfer.members.length > 1
          ? `${nameOf(transfer.studentId)}\nwith ${transfer.members.length - 1} more seed${transfer.members.length > 2 ? "s" : ""}`
          : nameOf(transfer.studentId);
      const trait = traitName(transfer.traitId);
      return [
        row(student, trait, "Control", transfer.vsControl, "No control student found."),
        row(student, trait, "Initialisation", transfer.vsInitialization, "The student has no recorded initialisation."),
      ];
    }),
    empty: "No run that trained a subject of this report has a measured student.",
  };
}
