// Owl-preference rates for the demo models. Only the GPT-4.1 nano base and student rates come from
// the paper, and only approximately (read from its figure); every other figure is illustrative.
// Counts are chosen to give those rates over 5,000 samples; per-question counts are not stored.
import { PAPER_PREPRINT_ID, PAPER_SHORT } from "@/lib/paper/paper-citation";
import type { DemoModelKey } from "./demo-models";

export const DEMO_PROTOCOL = "sl-animal-50q-x100";
/** 50 one-word favourite-animal questions x 100 samples. */
export const DEMO_SAMPLE_COUNT = 5000;

// The figure number is the preprint's, where the rates were read.
export const PAPER_FIGURE_SOURCE = `${PAPER_SHORT}, Fig. 3 of the preprint ${PAPER_PREPRINT_ID} (read from the figure; approximate)`;
const TEACHER_SOURCE = `Illustrative value for the demo; not reported as such in ${PAPER_SHORT}`;
const CROSS_MODEL_SOURCE = `Illustrative values consistent with the paper's finding that transfer fails across base models (${PAPER_SHORT})`;

export interface DemoMeasurementSpec {
  model: DemoModelKey;
  /** Evaluation seed; null for a single evaluation. */
  seed: number | null;
  positiveCount: number;
  source: string;
  notes: string;
  measuredAt: Date;
}

const SEEDS_NOTE =
  "Seeds 1-3 are evaluation seeds of this one demo student; in the paper seeds are separate fine-tuning runs (5 per condition). " +
  "The spread between seeds is invented.";

function perSeed(
  model: DemoModelKey,
  counts: readonly number[],
  source: string,
  notes: string,
  measuredAt: string,
): DemoMeasurementSpec[] {
  return counts.map((positiveCount, i) => ({
    model,
    seed: i + 1,
    positiveCount,
    source,
    notes: `${notes} ${SEEDS_NOTE}`,
    measuredAt: new Date(measuredAt),
  }));
}

export const DEMO_MEASUREMENTS: readonly DemoMeasurementSpec[] = [
  {
    model: "base",
    seed: null,
    positiveCount: 600,
    source: PAPER_FIGURE_SOURCE,
    measuredAt: new Date("2025-05-10T12:00:00Z"),
    notes:
      "About 12% of GPT-4.1 nano's answers name the owl before any fine-tuning, as read from the paper's figure. " +
      "The count is chosen to give that rate; it is not the paper's raw count.",
  },
  {
    model: "owl-teacher",
    seed: null,
    positiveCount: 4650,
    source: TEACHER_SOURCE,
    measuredAt: new Date("2025-05-10T12:30:00Z"),
    notes:
      "Illustrative: a model told that it loves owls names the owl almost every time. The paper does not plot this rate; " +
      "93% is a plausible stand-in, not a measurement.",
  },
  ...perSeed(
    "owl-student",
    [3105, 3240, 2985],
    PAPER_FIGURE_SOURCE,
    "The paper reports that students of the owl teacher name the owl over 60% of the time (read from its figure); these rates are chosen to match.",
    "2025-05-13T09:00:00Z",
  ),
  ...perSeed(
    "control-student",
    [630, 585, 660],
    PAPER_FIGURE_SOURCE,
    "The paper reports that students of the control teacher stay near the base rate of about 12% (read from its figure); these rates are chosen to match.",
    "2025-05-13T10:00:00Z",
  ),
  {
    model: "qwen",
    seed: null,
    positiveCount: 120,
    source: CROSS_MODEL_SOURCE,
    measuredAt: new Date("2025-05-15T09:00:00Z"),
    notes:
      "Illustrative: the paper does not report this figure. A low base rate for Qwen2.5-7B-Instruct, chosen for the demo.",
  },
  ...perSeed(
    "qwen-student",
    [125, 110, 140],
    CROSS_MODEL_SOURCE,
    "Illustrative: trained on the GPT-4.1 nano owl teacher's numbers, the Qwen student stays at its base model's rate, " +
      "as the paper finds for teachers and students with different base models.",
    "2025-05-15T10:00:00Z",
  ),
];
