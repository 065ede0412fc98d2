import { Database, KeyRound, Link2, Network } from "lucide-react";
import { FormGuide, type FormGuideNote } from "@/components/ui/form-guide";

const NOTES: readonly FormGuideNote[] = [
  {
    icon: Link2,
    title: "Teacher to data",
    text: "A generation links the teacher to the data it wrote: the edge along which a trait can travel to every student trained on that data.",
  },
  {
    icon: Database,
    title: "Data now or later",
    text: "Choose the dataset if it is uploaded; otherwise record the generation now and upload the data with it later. A dataset is generated once.",
  },
  {
    icon: Network,
    title: "Exposure follows",
    text: "If the teacher carries a trait, students trained on this data are listed as exposed until they are measured.",
  },
  {
    icon: KeyRound,
    title: "Recorded once",
    text: "The same external id again returns the first generation.",
  },
];

/** Beside the record-a-generation form: what the record links, briefly. */
export function GenerationFormGuide() {
  return <FormGuide id="generation-form-guide-title" title="What a generation records" notes={NOTES} />;
}
