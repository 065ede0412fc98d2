// What the API document says about report downloads; shared by the routes that answer with one.
export const REPORT_RESPONSE_DESCRIPTION =
  "The report file, in the content type of its format (application/pdf, text/html, application/json, application/vnd.cyclonedx+json, application/spdx+json, text/csv). It carries its signature slot `pedigree-signature:v1:<key id>:<sha-256>:<ed25519 signature>`.";

export const REPORT_HEADERS_DOCS = {
  "Content-Disposition": 'attachment; filename="provenance-<subject>-<date>-<report id>.<extension>"',
  "X-Pedigree-Report-Id": "The report's id",
  "X-Pedigree-Sha256": "SHA-256 (hex) of the report with its signature slots blanked: the signed digest",
  "X-Pedigree-Signature": "Ed25519 signature (base64url) of the digest's 32 bytes",
  "X-Pedigree-Key-Id": "The signing key's id (see /api/v1/reports/public-key)",
};
