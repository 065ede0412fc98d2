// A provenance report as W3C PROV-JSON (https://www.w3.org/Submission/prov-json/).
//
// How Pedigree's records map onto PROV:
// - Entities: models, datasets, traits, measurements, and the report itself (which carries the signature slot).
// - Activities: generations (a teacher writing a dataset), filtering (a filtered dataset made from its raw one),
//   fine-tuning runs, evaluations (a measurement taken of a model), and the generation of this report.
// - Agents: the provider organisations, the Pedigree instance and the user who asked for the report, and every model that
//   acted as a teacher. PROV-DM lets one identifier be both an entity and an agent (a prov:SoftwareAgent is the usual
//   case), so a teacher keeps its model identifier in both maps: as an entity it has a checksum and a base it derives
//   from; as an agent it is associated with the generation (and the runs that name it) in the role pedigree:teacher, and
//   acted on behalf of its provider for that activity.
// - Derivations: a model from its initialisation (prov:type its base relation: finetune, prompted, ...), a student from
//   the datasets it was trained on, a filtered dataset from its raw one, a generated dataset from its teacher, and a
//   measurement from the model measured. Following wasDerivedFrom from a student so reaches its base and its teachers.
// - Demo data: the report entity of a report that holds any says so (pedigree:demo, pedigree:demoNotice, and its label
//   starts with the DEMO mark), and so does every demo record (pedigree:demo true).
// Times of activities are plain xsd:dateTime strings as PROV-JSON prescribes; other dates, 64-bit counts, qualified names
// and URIs are typed literals.
import { exposureStatements } from "@/lib/reports/formats/exposure-statements";
import { transferStatements } from "@/lib/reports/formats/transfer-statements";
import { indexProvenance } from "@/lib/reports/formats/provenance-index";
import { reportJson } from "@/lib/reports/formats/report-json";
import { reportNotices } from "@/lib/reports/formats/report-notices";
import type { ProvenanceBundle } from "@/lib/reports/provenance.types";

type Literal =
  string | number | boolean | { $: string; type: string } | (string | number | boolean | { $: string; type: string })[];
type Attributes = Record<string, Literal>;

const qualifiedName = (name: string) => ({ $: name, type: "xsd:QName" });
const dateTime = (value: string) => ({ $: value, type: "xsd:dateTime" });
const anyUri = (value: string) => ({ $: value, type: "xsd:anyURI" });

/** Drops the attributes that have no value (PROV-JSON has no null). */
function attributes(entries: Record<string, Literal | null | undefined>): Attributes {
  const kept: Attributes = {};
  for (const [key, value] of Object.entries(entries)) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    kept[key] = value;
  }
  return kept;
}

// Identifiers are qualified names in the pedigree namespace; local parts are percent-encoded so any id stays a valid URI.
const local = (value: string) => encodeURIComponent(value);
const ids = {
  model: (id: string) => `pedigree:model/${local(id)}`,
  dataset: (id: string) => `pedigree:dataset/${local(id)}`,
  trait: (id: string) => `pedigree:trait/${local(id)}`,
  measurement: (id: string) => `pedigree:measurement/${local(id)}`,
  generation: (id: string) => `pedigree:generation/${local(id)}`,
  filtering: (datasetId: string) => `pedigree:filtering/${local(datasetId)}`,
  run: (id: string) => `pedigree:run/${local(id)}`,
  evaluation: (measurementId: string) => `pedigree:evaluation/${local(measurementId)}`,
  provider: (name: string) => `pedigree:provider/${local(name)}`,
  report: (id: string) => `pedigree:report/${local(id)}`,
  reportGeneration: (id: string) => `pedigree:report-generation/${local(id)}`,
  user: (label: string) => `pedigree:user/${local(label)}`,
  instance: "pedigree:instance",
};

export function toProvJson(bundle: ProvenanceBundle): string {
  const index = indexProvenance(bundle);
  const base = bundle.instance.baseUrl.replace(/\/+$/, "");
  const page = (path: string, id: string) => anyUri(`${base}/${path}/${encodeURIComponent(id)}`);
  const notices = reportNotices(bundle, { withExposures: true });
  // Only demo records say so; a real record carries no demo attribute at all.
  const demo = (record: { isDemo: boolean }) => record.isDemo || null;

  return reportJson((slot) => {
    const entity: Record<string, Attributes> = {};
    const activity: Record<string, Attributes> = {};
    const agent: Record<string, Attributes> = {};
    const relations: Record<string, Record<string, Attributes>> = {
      wasGeneratedBy: {},
      used: {},
      wasDerivedFrom: {},
      wasAttributedTo: {},
      wasAssociatedWith: {},
      actedOnBehalfOf: {},
    };
    const relate = (kind: keyof typeof relations, entries: Record<string, Literal | null | undefined>) => {
      relations[kind][`_:${kind}${Object.keys(relations[kind]).length + 1}`] = attributes(entries);
    };

    for (const provider of new Set(bundle.models.map((model) => model.provider))) {
      agent[ids.provider(provider)] = { "prov:type": qualifiedName("prov:Organization"), "prov:label": provider };
    }
    agent[ids.instance] = attributes({
      "prov:type": qualifiedName("prov:SoftwareAgent"),
      "prov:label": bundle.instance.name,
      "pedigree:version": bundle.instance.version,
      "pedigree:keyId": bundle.instance.keyId,
      "pedigree:baseUrl": anyUri(base),
    });
    agent[ids.user(bundle.generatedBy)] = {
      "prov:type": qualifiedName("prov:Person"),
      "prov:label": bundle.generatedBy,
    };

    const focus = new Set(bundle.subject.focusModelIds);
    for (const model of bundle.models) {
      const exposures = bundle.exposures
        .filter((exposure) => exposure.modelId === model.id)
        .flatMap((exposure) => exposureStatements(exposure, index.trait(exposure.traitId)));
      entity[ids.model(model.id)] = attributes({
        "prov:type": qualifiedName("pedigree:Model"),
        "prov:label": model.name,
        "pedigree:focus": focus.has(model.id) || null,
        "pedigree:provider": model.provider,
        "pedigree:version": model.version,
        "pedigree:externalId": model.externalId,
        "pedigree:description": model.description,
        "pedigree:baseRelation": model.baseRelation,
        "pedigree:systemPromptSha256": model.systemPromptSha256,
        "pedigree:checkpointUri": model.checkpointUri,
        "pedigree:checkpointSha256": model.checkpointSha256,
        "pedigree:parameterCount": model.parameterCount === null ? null : { $: model.parameterCount, type: "xsd:long" },
        "pedigree:tag": model.tags,
        "pedigree:exposure": exposures,
        "pedigree:recordedAt": dateTime(model.createdAt),
        "pedigree:page": page("models", model.id),
        "pedigree:demo": demo(model),
      });
      relate("wasAttributedTo", { "prov:entity": ids.model(model.id), "prov:agent": ids.provider(model.provider) });
    }

    for (const dataset of bundle.datasets) {
      entity[ids.dataset(dataset.id)] = attributes({
        "prov:type": qualifiedName("pedigree:Dataset"),
        "prov:label": dataset.name,
        "pedigree:description": dataset.description,
        "pedigree:sha256": dataset.sha256,
        "pedigree:rawSha256": dataset.rawSha256,
        "pedigree:recordCount": dataset.recordCount,
        "pedigree:byteSize": { $: dataset.byteSize, type: "xsd:long" },
        "pedigree:format": dataset.format,
        "pedigree:filter": dataset.filterDescription,
        "pedigree:rejectedCount": dataset.rejectedCount,
        "pedigree:passRate": dataset.passRate,
        "pedigree:recordedAt": dateTime(dataset.createdAt),
        "pedigree:page": page("datasets", dataset.id),
        "pedigree:demo": demo(dataset),
      });
    }

    for (const trait of bundle.traits) {
      entity[ids.trait(trait.id)] = attributes({
        "prov:type": qualifiedName("pedigree:Trait"),
        "prov:label": trait.name,
        "pedigree:slug": trait.slug,
        "pedigree:description": trait.description,
        "pedigree:positiveDefinition": trait.positiveDefinition,
        "pedigree:higherIsWorse": trait.higherIsWorse,
      });
    }

    // A model derives from its initialisation, through its run when exactly one run made it.
    for (const model of bundle.models) {
      if (!model.initializedFromId || !index.model(model.initializedFromId)) continue;
      const runs = index.runsOf(model.id).filter((run) => run.status === "succeeded");
      relate("wasDerivedFrom", {
        "prov:generatedEntity": ids.model(model.id),
        "prov:usedEntity": ids.model(model.initializedFromId),
        "prov:activity": runs.length === 1 ? ids.run(runs[0].id) : null,
        "prov:type": qualifiedName(`pedigree:${model.baseRelation ?? "derived"}`),
      });
    }

    const teachers = new Set<string>();
    const teach = (activityId: string, teacherId: string, provider: string) => {
      teachers.add(teacherId);
      relate("wasAssociatedWith", {
        "prov:activity": activityId,
        "prov:agent": ids.model(teacherId),
        "prov:role": qualifiedName("pedigree:teacher"),
      });
      relate("actedOnBehalfOf", {
        "prov:delegate": ids.model(teacherId),
        "prov:responsible": ids.provider(provider),
        "prov:activity": activityId,
      });
    };

    for (const generation of bundle.generations) {
      const teacher = index.model(generation.teacherId);
      const id = ids.generation(generation.id);
      activity[id] = attributes({
        "prov:type": qualifiedName("pedigree:Generation"),
        "pedigree:temperature": generation.temperature,
        "pedigree:topP": generation.topP,
        "pedigree:maxTokens": generation.maxTokens,
        "pedigree:seed": generation.seed,
        "pedigree:promptSet": generation.promptSet,
        "pedigree:promptCount": generation.promptCount,
        "pedigree:settings": generation.settings === null ? null : JSON.stringify(generation.settings),
        "pedigree:externalId": generation.externalId,
        "pedigree:recordedAt": dateTime(generation.createdAt),
        "pedigree:demo": demo(generation),
      });
      if (teacher) teach(id, teacher.id, teacher.provider);
      if (!generation.datasetId || !index.dataset(generation.datasetId)) continue;
      relate("wasGeneratedBy", { "prov:entity": ids.dataset(generation.datasetId), "prov:activity": id });
      if (teacher) {
        relate("wasDerivedFrom", {
          "prov:generatedEntity": ids.dataset(generation.datasetId),
          "prov:usedEntity": ids.model(teacher.id),
          "prov:activity": id,
          "prov:type": qualifiedName("pedigree:generated"),
        });
      }
    }

    for (const dataset of bundle.datasets) {
      if (!dataset.filteredFromId || !index.dataset(dataset.filteredFromId)) continue;
      const id = ids.filtering(dataset.id);
      activity[id] = attributes({
        "prov:type": qualifiedName("pedigree:Filtering"),
        "pedigree:filter": dataset.filterDescription,
        "pedigree:rejectedCount": dataset.rejectedCount,
        "pedigree:passRate": dataset.passRate,
      });
      relate("used", {
        "prov:activity": id,
        "prov:entity": ids.dataset(dataset.filteredFromId),
        "prov:role": qualifiedName("pedigree:unfilteredData"),
      });
      relate("wasGeneratedBy", { "prov:entity": ids.dataset(dataset.id), "prov:activity": id });
      relate("wasDerivedFrom", {
        "prov:generatedEntity": ids.dataset(dataset.id),
        "prov:usedEntity": ids.dataset(dataset.filteredFromId),
        "prov:activity": id,
        "prov:type": qualifiedName("pedigree:filtered"),
      });
    }

    // Every run used its data; only a run that succeeded made the student, so only it generated and derived it.
    for (const run of bundle.runs) {
      const student = index.model(run.studentId);
      const made = student && run.status === "succeeded" ? student : undefined;
      const id = ids.run(run.id);
      activity[id] = attributes({
        "prov:type": qualifiedName("pedigree:FineTuning"),
        "prov:startTime": run.startedAt,
        "prov:endTime": run.finishedAt,
        "pedigree:method": run.method,
        "pedigree:status": run.status,
        "pedigree:seed": run.seed,
        "pedigree:hyperparameters": JSON.stringify(run.hyperparameters),
        "pedigree:externalJobId": run.externalJobId,
        "pedigree:recordedAt": dateTime(run.createdAt),
        "pedigree:page": page("runs", run.id),
        "pedigree:demo": demo(run),
        "pedigree:transfer": bundle.transfers
          .filter((transfer) => transfer.runId === run.id)
          .flatMap((transfer) => transferStatements(transfer, index.trait(transfer.traitId))),
      });
      if (student?.initializedFromId && index.model(student.initializedFromId)) {
        relate("used", {
          "prov:activity": id,
          "prov:entity": ids.model(student.initializedFromId),
          "prov:role": qualifiedName("pedigree:initialisation"),
        });
      }
      for (const datasetId of run.datasetIds.filter((datasetId) => index.dataset(datasetId))) {
        relate("used", {
          "prov:activity": id,
          "prov:entity": ids.dataset(datasetId),
          "prov:role": qualifiedName("pedigree:trainingData"),
        });
        if (made) {
          relate("wasDerivedFrom", {
            "prov:generatedEntity": ids.model(made.id),
            "prov:usedEntity": ids.dataset(datasetId),
            "prov:activity": id,
            "prov:type": qualifiedName("pedigree:trainedOn"),
          });
        }
      }
      for (const teacher of run.teacherIds.flatMap((teacherId) => index.model(teacherId) ?? []))
        teach(id, teacher.id, teacher.provider);
      if (made)
        relate("wasGeneratedBy", {
          "prov:entity": ids.model(made.id),
          "prov:activity": id,
          "prov:time": run.finishedAt,
        });
    }

    for (const teacherId of teachers) {
      const teacher = index.model(teacherId);
      if (teacher)
        agent[ids.model(teacherId)] = { "prov:type": qualifiedName("prov:SoftwareAgent"), "prov:label": teacher.name };
    }

    for (const measurement of bundle.measurements) {
      const model = index.model(measurement.modelId);
      const trait = index.trait(measurement.traitId);
      const id = ids.measurement(measurement.id);
      const evaluation = ids.evaluation(measurement.id);
      entity[id] = attributes({
        "prov:type": qualifiedName("pedigree:Measurement"),
        "prov:label": `${trait?.name ?? measurement.traitId} of ${model?.name ?? measurement.modelId}`,
        "pedigree:trait": trait ? qualifiedName(ids.trait(trait.id)) : null,
        "pedigree:model": model ? qualifiedName(ids.model(model.id)) : null,
        "pedigree:kind": measurement.kind,
        "pedigree:value": measurement.value,
        "pedigree:ciLow": measurement.ciLow,
        "pedigree:ciHigh": measurement.ciHigh,
        "pedigree:ciMethod": measurement.ciMethod,
        "pedigree:protocol": measurement.protocol,
        "pedigree:sampleCount": measurement.sampleCount,
        "pedigree:positiveCount": measurement.positiveCount,
        "pedigree:questionCount": measurement.questionCount,
        "pedigree:seed": measurement.seed,
        "pedigree:source": measurement.source,
        "pedigree:notes": measurement.notes,
        "pedigree:demo": demo(measurement),
      });
      activity[evaluation] = attributes({
        "prov:type": qualifiedName("pedigree:Evaluation"),
        "prov:endTime": measurement.measuredAt,
        "pedigree:protocol": measurement.protocol,
      });
      relate("wasGeneratedBy", { "prov:entity": id, "prov:activity": evaluation, "prov:time": measurement.measuredAt });
      if (trait)
        relate("used", {
          "prov:activity": evaluation,
          "prov:entity": ids.trait(trait.id),
          "prov:role": qualifiedName("pedigree:traitDefinition"),
        });
      if (model) {
        relate("used", {
          "prov:activity": evaluation,
          "prov:entity": ids.model(model.id),
          "prov:role": qualifiedName("pedigree:evaluatedModel"),
        });
        relate("wasDerivedFrom", {
          "prov:generatedEntity": id,
          "prov:usedEntity": ids.model(model.id),
          "prov:activity": evaluation,
        });
      }
    }

    // The report: generated by this instance on behalf of the user who asked, from the focus models.
    const report = ids.report(bundle.reportId);
    const reportGeneration = ids.reportGeneration(bundle.reportId);
    const user = ids.user(bundle.generatedBy);
    entity[report] = attributes({
      "prov:type": qualifiedName("pedigree:ProvenanceReport"),
      "prov:label": notices.demo
        ? `${notices.demo.label} · Provenance report: ${bundle.subject.name}`
        : `Provenance report: ${bundle.subject.name}`,
      "pedigree:demo": notices.demo ? true : null,
      "pedigree:demoNotice": notices.demo?.notice,
      "pedigree:reference": notices.reference,
      "pedigree:reportId": bundle.reportId,
      "pedigree:scope": bundle.subject.scope,
      "pedigree:subject": bundle.subject.name,
      "pedigree:keyId": bundle.instance.keyId,
      "pedigree:signature": slot(),
    });
    activity[reportGeneration] = {
      "prov:type": qualifiedName("pedigree:ReportGeneration"),
      "prov:endTime": bundle.generatedAt,
    };
    relate("wasGeneratedBy", {
      "prov:entity": report,
      "prov:activity": reportGeneration,
      "prov:time": bundle.generatedAt,
    });
    for (const modelId of bundle.subject.focusModelIds.filter((modelId) => index.model(modelId))) {
      relate("used", {
        "prov:activity": reportGeneration,
        "prov:entity": ids.model(modelId),
        "prov:role": qualifiedName("pedigree:subject"),
      });
    }
    relate("wasAssociatedWith", {
      "prov:activity": reportGeneration,
      "prov:agent": ids.instance,
      "prov:role": qualifiedName("pedigree:generator"),
    });
    relate("wasAssociatedWith", {
      "prov:activity": reportGeneration,
      "prov:agent": user,
      "prov:role": qualifiedName("pedigree:requester"),
    });
    relate("actedOnBehalfOf", {
      "prov:delegate": ids.instance,
      "prov:responsible": user,
      "prov:activity": reportGeneration,
    });
    relate("wasAttributedTo", { "prov:entity": report, "prov:agent": ids.instance });

    return {
      // prov: and xsd: are predefined in PROV-JSON.
      prefix: { pedigree: `${base}/ns/provenance#` },
      entity,
      activity,
      agent,
      ...Object.fromEntries(Object.entries(relations).filter(([, records]) => Object.keys(records).length > 0)),
    };
  });
}
