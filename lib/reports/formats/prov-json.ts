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
// - Notes written on a model, dataset or run: entities of type pedigree:Note (the text is their prov:value), attributed
//   to their author and influenced by what they are about (prov-json/notes.ts says why not attributes).
// - Demo data: the report entity of a report that holds any says so (pedigree:demo, pedigree:demoNotice, and its label
//   starts with the DEMO mark), and so does every demo record (pedigree:demo true).
// Times of activities are plain xsd:dateTime strings as PROV-JSON prescribes; other dates, 64-bit counts, qualified names
// and URIs are typed literals.
//
// The parts are written in prov-json/: the document and its literals, agents and entities, activities, measurements and
// the report itself. They are added in this order, which is the order of the records in the output.
import { addActivities } from "@/lib/reports/formats/prov-json/activities";
import { addAgents, addEntities, addInitializations } from "@/lib/reports/formats/prov-json/agents-and-entities";
import { addMeasurements } from "@/lib/reports/formats/prov-json/measurements";
import { addNotes } from "@/lib/reports/formats/prov-json/notes";
import { provContext } from "@/lib/reports/formats/prov-json/prov-context";
import { provDocument } from "@/lib/reports/formats/prov-json/prov-document";
import { addReport } from "@/lib/reports/formats/prov-json/report-entity";
import { indexProvenance } from "@/lib/reports/formats/provenance-index";
import { reportJson } from "@/lib/reports/formats/report-json";
import type { ProvenanceBundle } from "@/lib/reports/provenance.types";

export function toProvJson(bundle: ProvenanceBundle): string {
  const index = indexProvenance(bundle);
  return reportJson((slot) => {
    const doc = provDocument();
    const context = provContext(bundle, index, doc);
    addAgents(context);
    addEntities(context);
    addInitializations(context);
    addActivities(context);
    addMeasurements(context);
    addNotes(context);
    addReport(context, slot());
    // prov: and xsd: are predefined in PROV-JSON.
    return { prefix: { pedigree: `${context.base}/ns/provenance#` }, ...doc.maps() };
  });
}
