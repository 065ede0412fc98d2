// How a reader checks the report: where to verify it, the public key, and the identifiers to quote.
import { bundleDigest } from "../bundle-digest";
import type { ProvenanceBundle } from "../provenance.types";

export interface Verification {
  reportId: string;
  keyId: string;
  /** SHA-256 of the bundle's canonical JSON: what this report was made from, its id and time included. */
  dataDigest: string;
  verifyPage: string;
  verifyApi: string;
  publicKey: string;
  /** The above as labelled lines, in the order the report prints them (values are identifiers and addresses). */
  fields: { label: string; value: string }[];
  /** How to use them, in sentences. */
  steps: string[];
}

export function reportVerification(bundle: ProvenanceBundle): Verification {
  const base = bundle.instance.baseUrl.replace(/\/+$/, "");
  const v = {
    reportId: bundle.reportId,
    keyId: bundle.instance.keyId,
    dataDigest: bundleDigest(bundle),
    verifyPage: `${base}/reports`,
    verifyApi: `POST ${base}/api/v1/reports/verify`,
    publicKey: `${base}/api/v1/reports/public-key`,
  };
  return {
    ...v,
    fields: [
      { label: "Report ID", value: v.reportId },
      { label: "Signing key ID", value: v.keyId },
      { label: "Data digest", value: v.dataDigest },
      { label: "Verify online", value: `${v.verifyPage} (Verify)` },
      { label: "Verify by API", value: v.verifyApi },
      { label: "Public key", value: v.publicKey },
    ],
    steps: [
      "To verify, upload this file unchanged on the instance's Reports page (Verify), or send its bytes to the verification API; both say whether the signature holds and which report it is.",
      `To check it yourself, fetch the instance's Ed25519 public key (key ID ${v.keyId}), blank the signature slot and verify the signature over the SHA-256 of the file.`,
      "The data digest is the SHA-256 of the data this report was made from (its id and time included), as canonical JSON (RFC 8785: keys sorted, no whitespace). The instance keeps it with the report's record.",
    ],
  };
}
