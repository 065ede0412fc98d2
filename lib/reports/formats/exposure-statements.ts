// A model's inherited exposure to a trait in words, for the formats that can only carry text about it.
import { exposurePathSentence, RISK_WORDS } from "@/lib/measurements/ui/exposure-words";
import type { ProvExposure, ProvTrait } from "@/lib/reports/provenance.types";

const STATUS_WORDS: Record<ProvExposure["status"], string> = {
  source: "the trait entered at this model",
  measured: "inherited exposure, measured",
  unmeasured: "inherited exposure, not measured",
};

/** "owl-preference: inherited exposure, measured, above its initialisation's rate", then one sentence per path. */
export function exposureStatements(exposure: ProvExposure, trait: ProvTrait | undefined): string[] {
  const above = exposure.aboveBaseline ? ", above its initialisation's rate" : "";
  const summary = `${trait?.slug ?? exposure.traitId}: ${STATUS_WORDS[exposure.status]}${above}`;
  const paths = exposure.paths.map((path) => {
    const risk = RISK_WORDS[path.risk];
    return `${exposurePathSentence(path.path).replace(/\.$/, "")} (${risk.label}: ${risk.reason}).`;
  });
  const more = exposure.sourceCount - exposure.paths.length;
  const rest = more > 0 ? [`And ${more} more ${more === 1 ? "source" : "sources"} further upstream; the nearest are given.`] : [];
  return [summary, ...paths, ...rest];
}
