// The parts of a PROV-JSON document (https://www.w3.org/Submission/prov-json/) as Pedigree writes it: typed
// literals, the identifiers of its records, and the maps the records go into, in the order they are added.

type Scalar = string | number | boolean | { $: string; type: string };
export type Literal = Scalar | Scalar[];
export type Attributes = Record<string, Literal>;

export const qualifiedName = (name: string) => ({ $: name, type: "xsd:QName" });
export const dateTime = (value: string) => ({ $: value, type: "xsd:dateTime" });
export const anyUri = (value: string) => ({ $: value, type: "xsd:anyURI" });

/** Drops the attributes that have no value (PROV-JSON has no null). */
export function attributes(entries: Record<string, Literal | null | undefined>): Attributes {
  const kept: Attributes = {};
  for (const [key, value] of Object.entries(entries)) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    kept[key] = value;
  }
  return kept;
}

/** The record's own values of `fields`, each as the attribute `pedigree:<field>`, in the order given. */
export function pedigreeFields<Field extends string>(
  record: NoInfer<Record<Field, Literal | null>>,
  fields: readonly Field[],
): Record<string, Literal | null> {
  return Object.fromEntries(fields.map((field) => [`pedigree:${field}`, record[field]]));
}

// Identifiers are qualified names in the pedigree namespace; local parts are percent-encoded so any id stays a valid URI.
const local = (value: string) => encodeURIComponent(value);
export const ids = {
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
  note: (id: string) => `pedigree:note/${local(id)}`,
  instance: "pedigree:instance",
};

const RELATIONS = [
  "wasGeneratedBy",
  "used",
  "wasDerivedFrom",
  "wasAttributedTo",
  "wasAssociatedWith",
  "actedOnBehalfOf",
  "wasInfluencedBy",
] as const;
type Relation = (typeof RELATIONS)[number];

/** The records of one document, and the relations between them, each under a blank-node id (`_:used3`). */
export function provDocument() {
  const entity: Record<string, Attributes> = {};
  const activity: Record<string, Attributes> = {};
  const agent: Record<string, Attributes> = {};
  const relations = Object.fromEntries(RELATIONS.map((kind) => [kind, {}])) as Record<
    Relation,
    Record<string, Attributes>
  >;
  const relate = (kind: Relation, entries: Record<string, Literal | null | undefined>) => {
    relations[kind][`_:${kind}${Object.keys(relations[kind]).length + 1}`] = attributes(entries);
  };
  return {
    entity,
    activity,
    agent,
    relate,
    /** `activity` used `entity` in the role `pedigree:<role>`. */
    used: (activityId: string, entityId: string, role: string) =>
      relate("used", { "prov:activity": activityId, "prov:entity": entityId, "prov:role": qualifiedName(role) }),
    /** `generated` derives from `usedEntity`, through `activityId` where one is known, of the kind `type`. */
    derived: (generated: string, usedEntity: string, activityId: string | null, type?: string) =>
      relate("wasDerivedFrom", {
        "prov:generatedEntity": generated,
        "prov:usedEntity": usedEntity,
        "prov:activity": activityId,
        "prov:type": type ? qualifiedName(type) : null,
      }),
    /** `agentId` took part in `activityId` in the role `role`. */
    associated: (activityId: string, agentId: string, role: string) =>
      relate("wasAssociatedWith", {
        "prov:activity": activityId,
        "prov:agent": agentId,
        "prov:role": qualifiedName(role),
      }),
    /** The document's maps; relations of a kind that has none are left out. */
    maps: () => ({
      entity,
      activity,
      agent,
      ...Object.fromEntries(Object.entries(relations).filter(([, records]) => Object.keys(records).length > 0)),
    }),
  };
}

export type ProvDocument = ReturnType<typeof provDocument>;
