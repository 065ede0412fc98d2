// Which record of a report a note is on, in the words and references the formats share. A run has no element of
// its own in CycloneDX or SPDX (it is part of its student's record there), so a note on a run is attached to the
// student and says which run it is about.
import type { ProvenanceIndex } from "@/lib/reports/formats/provenance-index";
import type { ProvAnnotation, ProvenanceBundle } from "@/lib/reports/provenance.types";

export interface AnnotationTarget {
  /** The model or dataset the note is attached to where runs have no record of their own. */
  node: { type: "model" | "dataset"; id: string };
  /** "Model GPT-4.1 nano", "Dataset Owl numbers", "Run r_1 (sft) of GPT-4.1 nano student". */
  label: string;
}

/** The notes whose record is in the report, each with what it is attached to. */
export function annotationTargets(
  bundle: ProvenanceBundle,
  index: ProvenanceIndex,
): { annotation: ProvAnnotation; target: AnnotationTarget }[] {
  return bundle.annotations.flatMap((annotation) => {
    const target = annotationTarget(annotation, bundle, index);
    return target ? [{ annotation, target }] : [];
  });
}

function annotationTarget(
  annotation: ProvAnnotation,
  bundle: ProvenanceBundle,
  index: ProvenanceIndex,
): AnnotationTarget | null {
  switch (annotation.subjectType) {
    case "model": {
      const model = index.model(annotation.subjectId);
      return model ? { node: { type: "model", id: model.id }, label: `Model ${model.name}` } : null;
    }
    case "dataset": {
      const dataset = index.dataset(annotation.subjectId);
      return dataset ? { node: { type: "dataset", id: dataset.id }, label: `Dataset ${dataset.name}` } : null;
    }
    case "run": {
      const run = bundle.runs.find((candidate) => candidate.id === annotation.subjectId);
      const student = run ? index.model(run.studentId) : undefined;
      return run && student
        ? { node: { type: "model", id: student.id }, label: `Run ${run.id} (${run.method}) of ${student.name}` }
        : null;
    }
  }
}

/** The note's text where it is attached to a run's student: the run it is about comes first. */
export function annotationText(annotation: ProvAnnotation, target: AnnotationTarget): string {
  return annotation.subjectType === "run" ? `On ${target.label}: ${annotation.body}` : annotation.body;
}
