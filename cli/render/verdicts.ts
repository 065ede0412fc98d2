import type { ModelExposure } from "@/lib/exposure/exposure.types";
import type { UnmeasuredExposure } from "@/lib/exposure/list-unmeasured-exposures";
import { moreSourcesText } from "@/lib/exposure/more-sources-text";
import { comparisonSentence } from "@/lib/measurements/comparison-text";
import { exposurePathSentence, RISK_WORDS } from "@/lib/measurements/exposure-words";
import type { TransferReport } from "@/lib/measurements/get-transfer-effect";
import type { Column } from "./table";

// The verdicts in the terminal, worded by the same functions as the pages and reports.

/** One block per trait: the run's condition against its control and its initialisation. */
export function renderTransfer(report: TransferReport): string {
  if (report.effects.length === 0) return "Transfer\n  The student has not been measured on any trait.";
  const condition =
    report.condition.members.length > 1
      ? `  Condition: ${report.condition.members.length} students (${report.condition.members.map((m) => m.name).join(", ")})\n`
      : "";
  const blocks = report.effects.map((effect) => {
    const control = effect.control.model
      ? `vs control (${effect.control.members.map((m) => m.name).join(", ")})`
      : "vs control";
    const base = effect.initialization.model
      ? `vs initialisation (${effect.initialization.model.name})`
      : "vs initialisation";
    return [
      `  ${effect.trait.name} [${effect.student.protocol ?? "no protocol"}]`,
      `    ${control}: ${comparisonSentence(effect.control.comparison)}`,
      `    ${base}: ${comparisonSentence(effect.initialization.comparison)}`,
    ].join("\n");
  });
  return `Transfer\n${condition}${blocks.join("\n")}`;
}

const STATUS = { source: "source", measured: "exposed, measured", unmeasured: "exposed, never measured" } as const;

/** Per trait: the model's exposure status, why it is a source, its shift from its initialisation, its paths. */
export function renderModelExposure(exposure: ModelExposure): string {
  if (exposure.traits.length === 0)
    return "Exposure\n  Not exposed: no model upstream is declared to carry a trait or was measured above its initialisation.";
  const blocks = exposure.traits.map((entry) => {
    const lines = [`  ${entry.trait.name}: ${STATUS[entry.status]}`];
    if (entry.source?.declaration)
      lines.push(`    declared by ${entry.source.declaration.declaredBy}: ${entry.source.declaration.reason}`);
    if (entry.vsInitialization)
      lines.push(
        `    vs initialisation (${entry.vsInitialization.baseline.name}): ${comparisonSentence(entry.vsInitialization.comparison)}`,
      );
    const shown = entry.exposures.slice(0, 3);
    for (const path of shown) lines.push(`    ${RISK_WORDS[path.risk].label}: ${exposurePathSentence(path.path)}`);
    const more = moreSourcesText(entry.sourceCount, shown.length);
    if (more) lines.push(`    ${more}`);
    return lines.join("\n");
  });
  return `Exposure\n${blocks.join("\n")}`;
}

export const unmeasuredColumns: Column<UnmeasuredExposure>[] = [
  { header: "MODEL", value: (e) => e.model.name, max: 44 },
  { header: "MODEL ID", value: (e) => e.model.id },
  { header: "TRAIT", value: (e) => e.trait.slug },
  { header: "RISK", value: (e) => RISK_WORDS[e.risk].label },
  { header: "FROM", value: (e) => e.exposures[0]?.source.name, max: 40 },
  { header: "SOURCES", value: (e) => e.sourceCount, align: "right" },
];
