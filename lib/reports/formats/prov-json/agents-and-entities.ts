import { exposureStatements } from "@/lib/reports/formats/exposure-statements";
import type { ProvContext } from "./prov-context";
import { anyUri, attributes, dateTime, ids, pedigreeFields, qualifiedName } from "./prov-document";

/** The provider organisations, the Pedigree instance and the user who asked for the report. */
export function addAgents({ bundle, doc, base }: ProvContext): void {
  for (const provider of new Set(bundle.models.map((model) => model.provider))) {
    doc.agent[ids.provider(provider)] = { "prov:type": qualifiedName("prov:Organization"), "prov:label": provider };
  }
  doc.agent[ids.instance] = attributes({
    "prov:type": qualifiedName("prov:SoftwareAgent"),
    "prov:label": bundle.instance.name,
    "pedigree:version": bundle.instance.version,
    "pedigree:keyId": bundle.instance.keyId,
    "pedigree:baseUrl": anyUri(base),
  });
  doc.agent[ids.user(bundle.generatedBy)] = {
    "prov:type": qualifiedName("prov:Person"),
    "prov:label": bundle.generatedBy,
  };
}

/** Models (attributed to their providers), datasets and traits as entities. */
export function addEntities({ bundle, index, doc, page, demo }: ProvContext): void {
  const focus = new Set(bundle.subject.focusModelIds);
  for (const model of bundle.models) {
    const exposures = bundle.exposures
      .filter((exposure) => exposure.modelId === model.id)
      .flatMap((exposure) => exposureStatements(exposure, index.trait(exposure.traitId)));
    doc.entity[ids.model(model.id)] = attributes({
      "prov:type": qualifiedName("pedigree:Model"),
      "prov:label": model.name,
      "pedigree:focus": focus.has(model.id) || null,
      ...pedigreeFields(model, ["provider", "version", "externalId", "description"]),
      ...pedigreeFields(model, ["baseRelation", "systemPromptSha256", "checkpointUri", "checkpointSha256"]),
      "pedigree:parameterCount": model.parameterCount === null ? null : { $: model.parameterCount, type: "xsd:long" },
      "pedigree:tag": model.tags,
      "pedigree:exposure": exposures,
      "pedigree:recordedAt": dateTime(model.createdAt),
      "pedigree:page": page("models", model.id),
      "pedigree:demo": demo(model),
    });
    doc.relate("wasAttributedTo", { "prov:entity": ids.model(model.id), "prov:agent": ids.provider(model.provider) });
  }

  for (const dataset of bundle.datasets) {
    doc.entity[ids.dataset(dataset.id)] = attributes({
      "prov:type": qualifiedName("pedigree:Dataset"),
      "prov:label": dataset.name,
      ...pedigreeFields(dataset, ["description", "sha256", "rawSha256", "recordCount"]),
      "pedigree:byteSize": { $: dataset.byteSize, type: "xsd:long" },
      "pedigree:format": dataset.format,
      "pedigree:filter": dataset.filterDescription,
      ...pedigreeFields(dataset, ["rejectedCount", "passRate"]),
      "pedigree:recordedAt": dateTime(dataset.createdAt),
      "pedigree:page": page("datasets", dataset.id),
      "pedigree:demo": demo(dataset),
    });
  }

  for (const trait of bundle.traits) {
    doc.entity[ids.trait(trait.id)] = attributes({
      "prov:type": qualifiedName("pedigree:Trait"),
      "prov:label": trait.name,
      ...pedigreeFields(trait, ["slug", "description", "positiveDefinition", "higherIsWorse"]),
    });
  }
}

/** A model derives from its initialisation, through its run when exactly one run made it. */
export function addInitializations({ bundle, index, doc }: ProvContext): void {
  for (const model of bundle.models) {
    if (!model.initializedFromId || !index.model(model.initializedFromId)) continue;
    const runs = index.runsOf(model.id).filter((run) => run.status === "succeeded");
    doc.derived(
      ids.model(model.id),
      ids.model(model.initializedFromId),
      runs.length === 1 ? ids.run(runs[0].id) : null,
      `pedigree:${model.baseRelation ?? "derived"}`,
    );
  }
}
