import type { ProvenanceIndex } from "@/lib/reports/formats/provenance-index";
import type { ProvenanceBundle } from "@/lib/reports/provenance.types";
import { anyUri, type ProvDocument } from "./prov-document";

/** What each part of the PROV-JSON writer reads: the bundle, its lookups, and the document it adds to. */
export interface ProvContext {
  bundle: ProvenanceBundle;
  index: ProvenanceIndex;
  doc: ProvDocument;
  /** The instance's base URL without a trailing slash. */
  base: string;
  /** The dashboard page of a record, as an xsd:anyURI. */
  page: (path: string, id: string) => ReturnType<typeof anyUri>;
  /** Only demo records say so; a real record carries no demo attribute at all. */
  demo: (record: { isDemo: boolean }) => true | null;
}

export function provContext(bundle: ProvenanceBundle, index: ProvenanceIndex, doc: ProvDocument): ProvContext {
  const base = bundle.instance.baseUrl.replace(/\/+$/, "");
  return {
    bundle,
    index,
    doc,
    base,
    page: (path, id) => anyUri(`${base}/${path}/${encodeURIComponent(id)}`),
    demo: (record) => record.isDemo || null,
  };
}
