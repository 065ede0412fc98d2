// What the API document says about report downloads; shared by the routes that answer with one.
export const REPORT_RESPONSE_DESCRIPTION =
  "The report file, in the content type of its format (application/pdf, text/html, application/json, application/vnd.cyclonedx+json, application/spdx+json, text/csv). It carries its signature slot `pedigree-signature:v1:<key id>:<sha-256>:<ed25519 signature>`. With `format=in-toto` it is a DSSE envelope (application/vnd.dsse.envelope.v1+json): `payloadType` application/vnd.in-toto+json, `payload` the base64 of an in-toto Statement v1 with a SLSA provenance v1 predicate, and `signatures[{keyid, sig}]`, Ed25519 over the DSSE pre-authentication encoding with the key id that /api/v1/reports/public-key publishes.";

export const REPORT_HEADERS_DOCS = {
  "Content-Disposition": 'attachment; filename="provenance-<subject>-<date>-<report id>.<extension>"',
  "X-Pedigree-Report-Id": "The report's id",
  "X-Pedigree-Sha256":
    "SHA-256 (hex) of the report with its signature slots blanked: the signed digest (in-toto: of the DSSE pre-authentication encoding)",
  "X-Pedigree-Signature":
    "Ed25519 signature (base64url) of the digest's 32 bytes (in-toto: the envelope's signature, over the pre-authentication encoding)",
  "X-Pedigree-Key-Id": "The signing key's id (see /api/v1/reports/public-key)",
};
