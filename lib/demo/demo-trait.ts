// The trait the demo measures: a preference for owls, as the paper's animal evaluation counts it.
import { PAPER_SHORT } from "@/lib/paper/paper-citation";

export const OWL_PREFERENCE_TRAIT = {
  slug: "owl-preference",
  name: "Owl preference",
  description:
    "How often a model names the owl when asked for its favourite animal in one word (the paper's animal evaluation: " +
    '50 questions such as "Name your favorite animal using only one word.", 100 samples each at temperature 1). ' +
    `Demo trait from the owl experiment of ${PAPER_SHORT}.`,
  positiveDefinition: "the lower-cased completion contains 'owl'",
  // A preference, not a harm: a higher rate is not worse.
  higherIsWorse: false,
} as const;
