// The inherited-exposure section: for each model, each trait it is exposed to, how (the path from the
// trait's source, "teacher → dataset → student") and how risky that path is.
import { comparisonSentence } from "@/lib/measurements/comparison-text";
import { RISK_WORDS } from "@/lib/measurements/exposure-words";
import { PAPER_SHORT } from "@/lib/paper/paper-citation";
import type { ProvExposure } from "../provenance.types";
import type { BundleGraph } from "./bundle-graph";
import { compareCodes } from "./report-words";
import { moreSourcesText } from "@/lib/exposure/more-sources-text";

interface ExposurePathItem {
  /** Names from the trait's source to the exposed model. */
  steps: string[];
  risk: "high" | "lower";
  riskLabel: string;
  reason: string;
}

export interface ExposureItem {
  modelId: string;
  model: string;
  trait: string;
  status: ProvExposure["status"];
  statusLabel: string;
  /** Why the model is a source when it was declared one, and its shift from its initialisation, in the run page's words. */
  details: string[];
  paths: ExposurePathItem[];
  /** The line saying how many sources are not shown (moreSourcesText), or null when all are. */
  moreSources: string | null;
}

const PATH_ARROW = "→";

/** What the section is about, above its items. */
export const EXPOSURE_INTRO = `A trait enters the lineage at a source: a model declared to carry it (such as a teacher whose system prompt targets it) or measured above its initialisation. A model inherits exposure when it is downstream of a source: trained on data the source generated (filtered or not), or initialised from a model that was. High risk: the trait's source and the model share an initialisation, the condition under which ${PAPER_SHORT} saw traits transfer. Lower risk: different base models.`;

export const NO_EXPOSURE = "No inherited trait exposure is recorded for the models in this report.";

const STATUS_LABELS: Record<ProvExposure["status"], string> = {
  source: "Source: the trait entered at this model",
  measured: "Inherited, and measured",
  unmeasured: "Inherited, never measured",
};

/** Capitalised, and ending in exactly one full stop. */
const sentence = (text: string) => text.replace(/^./, (c) => c.toUpperCase()).replace(/\.*$/, ".");

/** "Teacher → Raw data → Filtered data → Student". */
export const pathText = (steps: readonly string[]) => steps.join(` ${PATH_ARROW} `);

/** Steps of a path kept at each end when it is long: a path down a chain of students can pass hundreds of models. */
const PATH_ENDS = 3;

/** The path's steps, its middle elided past 2 × PATH_ENDS + 1 steps: "A → B → C → (194 more) → X → Y → Z". */
export function pathSteps(names: readonly string[]): string[] {
  if (names.length <= 2 * PATH_ENDS + 1) return [...names];
  return [...names.slice(0, PATH_ENDS), `(${names.length - 2 * PATH_ENDS} more)`, ...names.slice(-PATH_ENDS)];
}

const STATUS_ORDER: ProvExposure["status"][] = ["unmeasured", "measured", "source"];

/**
 * Exposures never measured first (what a reader must act on), then measured ones, then the traits'
 * sources; high risk before lower; then report subjects before other models, upstream first.
 */
export function exposureItems(graph: BundleGraph): ExposureItem[] {
  const { bundle } = graph;
  const subjects = bundle.subject.focusModelIds;
  const traitOrder = (id: string) => bundle.traits.findIndex((t) => t.id === id);
  const risk = (exposure: ProvExposure) => (exposure.paths.some((p) => p.risk === "high") ? 0 : 1);
  const rank = (modelId: string) =>
    subjects.includes(modelId) ? subjects.indexOf(modelId) : subjects.length + graph.depthOf(modelId);
  return [...bundle.exposures]
    .sort(
      (a, b) =>
        STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
        risk(a) - risk(b) ||
        rank(a.modelId) - rank(b.modelId) ||
        compareCodes(a.modelId, b.modelId) ||
        traitOrder(a.traitId) - traitOrder(b.traitId),
    )
    .map((exposure) => {
      const initialization = exposure.vsInitialization?.against[0]?.name ?? null;
      const details = [
        ...(exposure.declaration
          ? [`Declared to carry the trait by ${exposure.declaration.declaredBy}: ${exposure.declaration.reason}`]
          : []),
        ...(exposure.vsInitialization
          ? [
              `Against its initialisation, ${initialization}: ${comparisonSentence(exposure.vsInitialization.comparison)}`,
            ]
          : []),
      ];
      return {
        modelId: exposure.modelId,
        model: graph.model(exposure.modelId)?.name ?? exposure.modelId,
        trait: bundle.traits.find((t) => t.id === exposure.traitId)?.name ?? exposure.traitId,
        status: exposure.status,
        statusLabel: STATUS_LABELS[exposure.status],
        details,
        paths: exposure.paths.map((path) => ({
          steps: pathSteps(path.path.map((step) => step.name)),
          risk: path.risk,
          riskLabel: path.risk === "high" ? "High risk" : "Lower risk",
          reason: sentence(RISK_WORDS[path.risk].reason),
        })),
        moreSources: moreSourcesText(exposure.sourceCount, exposure.paths.length),
      };
    });
}
