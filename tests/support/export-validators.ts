// The official schemas every export is checked against, compiled once (see tests/schemas/README.md for
// where the schema files come from).
import { readFileSync } from "node:fs";
import { Spec, Validation } from "@cyclonedx/cyclonedx-library";
import Ajv2020 from "ajv/dist/2020";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";

const schema = (file: string) => JSON.parse(readFileSync(`tests/schemas/${file}`, "utf8"));

const provAjv = new AjvDraft04({ allErrors: true, strict: false });
addFormats(provAjv);
/** W3C PROV-JSON (draft-04 schema), with its uri and date-time formats checked too. */
export const validateProvJson = provAjv.compile(schema("prov-json.schema.json"));

/** SPDX 3.0.1 (JSON Schema 2020-12), compiled in ajv's strict mode. */
export const validateSpdx = new Ajv2020({ allErrors: true, strict: true }).compile(schema("spdx-3.0.1.schema.json"));

/** CycloneDX 1.6 through @cyclonedx/cyclonedx-library: `validate(text)` resolves to null when valid, else the errors. */
export const cycloneDxValidator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
