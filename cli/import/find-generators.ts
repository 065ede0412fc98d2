import { defined } from "@/lib/defined";
import type { ConditionRole } from "./condition-roles";
import { providerOf } from "./model-chain";
import type { DatasetFile } from "./read-condition";

// Which condition generated which dataset, decided from the files alone. A condition generated its
// data only when its folder holds raw_dataset.jsonl (filtered data is a subset of that raw data):
// its teacher is its student's parent, with the system prompt unless it is a control. Any other
// folder holding the same bytes (a cross-model folder's copy of filtered_dataset.jsonl) consumed
// them. When no folder holds the raw data, or folders whose teachers differ do, the teacher is
// unknown: never guessed from the folder that happens to hold a copy.

type DatasetOrigin =
  /** One teacher generated it: the one `generator` names. */
  | { kind: "generated"; generator: ConditionRole & { parent: NonNullable<ConditionRole["parent"]> } }
  /** Why the teacher is unknown, in words that complete "its teacher is unknown: ...". */
  | { kind: "unknown"; reason: string };

export interface DatasetHolding {
  file: DatasetFile;
  kind: "raw" | "filtered";
  /** The folder it is registered from: a generator when one holds it, else the first folder that does. */
  holder: ConditionRole;
  origin: DatasetOrigin;
  /** The raw data a filtered file was filtered from, when every folder generating it agrees. */
  filteredFrom: DatasetFile | null;
}

/** Who the teacher of a generating condition is; equal strings are the same teacher. */
function teacherIdentity(role: ConditionRole): string {
  if (!role.parent) return `unknown:${role.condition.name}`;
  return `${role.control ? "control" : "prompted"}:${providerOf(role.parent.type)}:${role.parent.id}`;
}

function describeTeacher(role: ConditionRole): string {
  if (!role.parent) return `${role.condition.name}/ (whose model.json names no model it was trained from)`;
  return `${role.condition.name}/ (${role.parent.id}${role.control ? " with no system prompt" : " + system prompt"})`;
}

function originOf(generators: readonly ConditionRole[]): DatasetOrigin {
  if (generators.length === 0)
    return { kind: "unknown", reason: "no condition holds the raw data it was filtered from (raw_dataset.jsonl)" };
  const teachers = new Map(generators.map((role) => [teacherIdentity(role), role]));
  if (teachers.size > 1) {
    return {
      kind: "unknown",
      reason: `the conditions that hold its raw data had different teachers, so which one generated it is ambiguous: ${[...teachers.values()].map(describeTeacher).join(", ")}`,
    };
  }
  const [generator] = generators;
  if (!generator.parent) {
    const why = generator.chain ? "its model.json names no model its student was trained from" : "it has no model.json";
    return {
      kind: "unknown",
      reason: `${generator.condition.name}/ holds its raw data, but ${why}, so the teacher's base is unknown`,
    };
  }
  return {
    kind: "generated",
    generator: generator as ConditionRole & { parent: NonNullable<ConditionRole["parent"]> },
  };
}

/** Every dataset file of the import by its canonical SHA-256, with where it came from. */
export function findGenerators(roles: readonly ConditionRole[]): Map<string, DatasetHolding> {
  const generatorsOf = new Map<string, ConditionRole[]>();
  const rawOf = new Map<string, Set<string>>();
  const files = new Map<string, { file: DatasetFile; kind: "raw" | "filtered"; holders: ConditionRole[] }>();
  const note = (file: DatasetFile, kind: "raw" | "filtered", role: ConditionRole) => {
    const entry = files.get(file.sha256) ?? { file, kind, holders: [] };
    // A file some folder holds as raw data is raw data, whatever another folder calls it.
    if (kind === "raw" && entry.kind === "filtered") Object.assign(entry, { file, kind });
    entry.holders.push(role);
    files.set(file.sha256, entry);
  };

  for (const role of roles) {
    const { raw, filtered } = role.condition;
    if (raw) note(raw, "raw", role);
    if (filtered) note(filtered, "filtered", role);
    if (!raw) continue;
    for (const file of filtered ? [raw, filtered] : [raw]) {
      generatorsOf.set(file.sha256, [...(generatorsOf.get(file.sha256) ?? []), role]);
    }
    if (filtered && filtered.sha256 !== raw.sha256)
      rawOf.set(filtered.sha256, (rawOf.get(filtered.sha256) ?? new Set()).add(raw.sha256));
  }

  const holdings = new Map<string, DatasetHolding>();
  for (const [sha256, { file, kind, holders }] of files) {
    const generators = generatorsOf.get(sha256) ?? [];
    const raws = [...(rawOf.get(sha256) ?? [])];
    const holder = generators[0] ?? holders[0];
    holdings.set(sha256, {
      // The same bytes in every folder; named after the folder it is registered from.
      file: [holder.condition.raw, holder.condition.filtered].find((own) => own?.sha256 === sha256) ?? file,
      kind,
      holder,
      origin: originOf(generators),
      filteredFrom:
        kind === "filtered" && raws.length === 1 ? defined(files.get(raws[0]), `dataset ${raws[0]}`).file : null,
    });
  }
  return holdings;
}
