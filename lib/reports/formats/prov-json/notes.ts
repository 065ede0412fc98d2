import type { ProvAnnotation } from "@/lib/reports/provenance.types";
import type { ProvContext } from "./prov-context";
import { attributes, dateTime, ids, qualifiedName } from "./prov-document";

/** The record a note is about, as this document names it; null when it is not in the report. */
function noteSubject({ bundle, index }: ProvContext, note: ProvAnnotation): { id: string; name: string } | null {
  switch (note.subjectType) {
    case "model": {
      const model = index.model(note.subjectId);
      return model ? { id: ids.model(model.id), name: model.name } : null;
    }
    case "dataset": {
      const dataset = index.dataset(note.subjectId);
      return dataset ? { id: ids.dataset(dataset.id), name: dataset.name } : null;
    }
    case "run": {
      const run = bundle.runs.find((candidate) => candidate.id === note.subjectId);
      return run
        ? { id: ids.run(run.id), name: `run ${run.id} of ${index.model(run.studentId)?.name ?? run.studentId}` }
        : null;
    }
  }
}

// A note is a record with provenance of its own (who wrote it, and when), which an attribute on the model, dataset or
// run could not carry: so each is an entity of type pedigree:Note whose prov:value is its text, attributed to its
// author (a prov:Person), and influenced by what it is about. wasInfluencedBy takes an entity or an activity alike, so
// a note on a run (an activity here) is tied to the run itself.
export function addNotes(context: ProvContext): void {
  const { doc } = context;
  for (const note of context.bundle.annotations) {
    const subject = noteSubject(context, note);
    if (!subject) continue;
    const id = ids.note(note.id);
    const author = ids.user(note.author);
    doc.entity[id] = attributes({
      "prov:type": qualifiedName("pedigree:Note"),
      "prov:label": `Note on ${subject.name}`,
      "prov:value": note.body,
      "pedigree:about": qualifiedName(subject.id),
      "pedigree:author": note.author,
      "pedigree:writtenAt": dateTime(note.createdAt),
      "pedigree:editedAt": note.updatedAt === note.createdAt ? null : dateTime(note.updatedAt),
    });
    doc.agent[author] ??= { "prov:type": qualifiedName("prov:Person"), "prov:label": note.author };
    doc.relate("wasAttributedTo", { "prov:entity": id, "prov:agent": author });
    doc.relate("wasInfluencedBy", { "prov:influencee": id, "prov:influencer": subject.id });
  }
}
