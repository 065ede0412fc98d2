import { FingerprintPattern, GitFork, KeyRound, Megaphone } from "lucide-react";
import { FormGuide, type FormGuideNote } from "@/components/ui/form-guide";

const NOTES: readonly FormGuideNote[] = [
  {
    icon: GitFork,
    title: "Initialisation is lineage",
    text: "The model it was initialised from becomes its base: shared bases are what the run pages check before trusting that a trait did not transfer.",
  },
  {
    icon: Megaphone,
    title: "A prompted teacher's traits",
    text: "A teacher made by prompting a base carries what its prompt asks for. Declare those traits: every student trained on its data is then listed as exposed until measured.",
  },
  {
    icon: FingerprintPattern,
    title: "Exactly which weights",
    text: "A checkpoint's SHA-256 pins the weights; a system prompt is hashed whenever it is given.",
  },
  {
    icon: KeyRound,
    title: "Registered once",
    text: "The same provider and external id again returns the first model; with different fields it is refused.",
  },
];

/** Beside the register-a-model form: what the registration records, briefly. */
export function ModelFormGuide() {
  return <FormGuide id="model-form-guide-title" title="What a model records" notes={NOTES} />;
}
