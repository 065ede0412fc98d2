import { transferStatements } from "@/lib/reports/formats/transfer-statements";
import type { ProvContext } from "./prov-context";
import { attributes, dateTime, ids, pedigreeFields, qualifiedName } from "./prov-document";

/**
 * Generations, filtering and fine-tuning runs as activities, with what they used and made; every model that
 * taught in one of them becomes an agent too.
 */
export function addActivities(context: ProvContext): void {
  const teachers = new Set<string>();
  const teach = (activityId: string, teacherId: string, provider: string) => {
    teachers.add(teacherId);
    context.doc.associated(activityId, ids.model(teacherId), "pedigree:teacher");
    context.doc.relate("actedOnBehalfOf", {
      "prov:delegate": ids.model(teacherId),
      "prov:responsible": ids.provider(provider),
      "prov:activity": activityId,
    });
  };
  addGenerations(context, teach);
  addFilterings(context);
  addRuns(context, teach);
  for (const teacherId of teachers) {
    const teacher = context.index.model(teacherId);
    if (teacher)
      context.doc.agent[ids.model(teacherId)] = {
        "prov:type": qualifiedName("prov:SoftwareAgent"),
        "prov:label": teacher.name,
      };
  }
}

type Teach = (activityId: string, teacherId: string, provider: string) => void;

function addGenerations({ bundle, index, doc, demo }: ProvContext, teach: Teach) {
  for (const generation of bundle.generations) {
    const teacher = index.model(generation.teacherId);
    const id = ids.generation(generation.id);
    doc.activity[id] = attributes({
      "prov:type": qualifiedName("pedigree:Generation"),
      ...pedigreeFields(generation, ["temperature", "topP", "maxTokens", "seed", "promptSet", "promptCount"]),
      "pedigree:settings": generation.settings === null ? null : JSON.stringify(generation.settings),
      "pedigree:externalId": generation.externalId,
      "pedigree:recordedAt": dateTime(generation.createdAt),
      "pedigree:demo": demo(generation),
    });
    if (teacher) teach(id, teacher.id, teacher.provider);
    if (!generation.datasetId || !index.dataset(generation.datasetId)) continue;
    doc.relate("wasGeneratedBy", { "prov:entity": ids.dataset(generation.datasetId), "prov:activity": id });
    if (teacher) doc.derived(ids.dataset(generation.datasetId), ids.model(teacher.id), id, "pedigree:generated");
  }
}

function addFilterings({ bundle, index, doc }: ProvContext) {
  for (const dataset of bundle.datasets) {
    if (!dataset.filteredFromId || !index.dataset(dataset.filteredFromId)) continue;
    const id = ids.filtering(dataset.id);
    doc.activity[id] = attributes({
      "prov:type": qualifiedName("pedigree:Filtering"),
      "pedigree:filter": dataset.filterDescription,
      ...pedigreeFields(dataset, ["rejectedCount", "passRate"]),
    });
    doc.used(id, ids.dataset(dataset.filteredFromId), "pedigree:unfilteredData");
    doc.relate("wasGeneratedBy", { "prov:entity": ids.dataset(dataset.id), "prov:activity": id });
    doc.derived(ids.dataset(dataset.id), ids.dataset(dataset.filteredFromId), id, "pedigree:filtered");
  }
}

// Every run used its data; only a run that succeeded made the student, so only it generated and derived it.
function addRuns({ bundle, index, doc, page, demo }: ProvContext, teach: Teach) {
  for (const run of bundle.runs) {
    const student = index.model(run.studentId);
    const made = student && run.status === "succeeded" ? student : undefined;
    const id = ids.run(run.id);
    doc.activity[id] = attributes({
      "prov:type": qualifiedName("pedigree:FineTuning"),
      "prov:startTime": run.startedAt,
      "prov:endTime": run.finishedAt,
      ...pedigreeFields(run, ["method", "status", "seed"]),
      "pedigree:hyperparameters": JSON.stringify(run.hyperparameters),
      "pedigree:externalJobId": run.externalJobId,
      "pedigree:recordedAt": dateTime(run.createdAt),
      "pedigree:page": page("runs", run.id),
      "pedigree:demo": demo(run),
      "pedigree:transfer": bundle.transfers
        .filter((transfer) => transfer.runId === run.id)
        .flatMap((transfer) => transferStatements(transfer, index.trait(transfer.traitId))),
    });
    if (student?.initializedFromId && index.model(student.initializedFromId))
      doc.used(id, ids.model(student.initializedFromId), "pedigree:initialization");
    for (const datasetId of run.datasetIds.filter((datasetId) => index.dataset(datasetId))) {
      doc.used(id, ids.dataset(datasetId), "pedigree:trainingData");
      if (made) doc.derived(ids.model(made.id), ids.dataset(datasetId), id, "pedigree:trainedOn");
    }
    for (const teacher of run.teacherIds.flatMap((teacherId) => index.model(teacherId) ?? []))
      teach(id, teacher.id, teacher.provider);
    if (made)
      doc.relate("wasGeneratedBy", {
        "prov:entity": ids.model(made.id),
        "prov:activity": id,
        "prov:time": run.finishedAt,
      });
  }
}
