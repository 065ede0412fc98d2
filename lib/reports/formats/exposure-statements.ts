// A model's inherited exposure to a trait in words, for the formats that can only carry text about it.
import { comparisonSentence } from "@/lib/measurements/comparison-text";
import { exposurePathSentence, RISK_WORDS } from "@/lib/measurements/exposure-words";
import type { ProvExposure, ProvTrait } from "@/lib/reports/provenance.types";
import { moreSourcesText } from "@/lib/exposure/more-sources-text";

const STATUS_WORDS: Record<ProvExposure["status"], string> = {
  source: "the trait entered at this model",
  measured: "inherited exposure, measured",
  unmeasured: "inherited exposure, not measured",
};

/**
 * "owl-preference: inherited exposure, measured", why the model is a source when it is, its shift from its
 * initialisation in the run page's words, then one sentence per path.
 */
export function exposureStatements(exposure: ProvExposure, trait: ProvTrait | undefined): string[] {
  const slug = trait?.slug ?? exposure.traitId;
  const summary = `${slug}: ${STATUS_WORDS[exposure.status]}`;
  const declared = exposure.declaration
    ? [`${slug}: declared to carry the trait by ${exposure.declaration.declaredBy}: ${exposure.declaration.reason}`]
    : [];
  const shift = exposure.vsInitialization
    ? [`${slug}: vs initialisation: ${comparisonSentence(exposure.vsInitialization.comparison)}`]
    : [];
  const paths = exposure.paths.map((path) => {
    const risk = RISK_WORDS[path.risk];
    return `${exposurePathSentence(path.path).replace(/\.$/, "")} (${risk.label}: ${risk.reason}).`;
  });
  const more = moreSourcesText(exposure.sourceCount, exposure.paths.length);
  const rest = more ? [more] : [];
  return [summary, ...declared, ...shift, ...paths, ...rest];
}
