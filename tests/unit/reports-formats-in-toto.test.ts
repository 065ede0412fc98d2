import { createHash, createPublicKey, generateKeyPairSync, verify } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  IN_TOTO_PAYLOAD_TYPE,
  parseDsseEnvelope,
  preAuthEncoding,
  signDsseEnvelope,
} from "@/lib/reports/dsse-envelope";
import { BUILD_TYPE, toInTotoStatement } from "@/lib/reports/formats/in-toto";
import { fromStoredFormat, reportFormatLabel, toStoredFormat } from "@/lib/reports/report-format-labels";
import { toProvJson } from "@/lib/reports/formats/prov-json";
import { signEnvelopeReport, verifyEnvelopeReport } from "@/lib/reports/report-envelope";
import { keyIdOf, signReport } from "@/lib/reports/report-signature";
import { demoOwlProvenanceBundle, owlProvenanceBundle } from "../support/owl-provenance-bundle";

const { privateKey, publicKey } = generateKeyPairSync("ed25519");
const keyId = keyIdOf(publicKey);
const instanceKeys = [{ keyId, publicKey }];

interface Descriptor {
  name: string;
  uri: string;
  digest: { sha256: string };
  annotations: Record<string, unknown>;
}
interface Statement {
  _type: string;
  predicateType: string;
  subject: Descriptor[];
  predicate: {
    buildDefinition: {
      buildType: string;
      externalParameters: { models: Record<string, unknown>[]; runs: Record<string, unknown>[] };
      internalParameters: Record<string, unknown>;
      resolvedDependencies: Descriptor[];
    };
    runDetails: { builder: { id: string }; metadata: Record<string, string> };
  };
}
const statementOf = (bundle = owlProvenanceBundle()) => JSON.parse(toInTotoStatement(bundle)) as Statement;
const sha256 = (text: string | Uint8Array) => createHash("sha256").update(text).digest("hex");
/** JCS for a flat record of strings, numbers and nulls: keys sorted, no whitespace. */
const flatJcs = (record: Record<string, unknown>) =>
  `{${Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${JSON.stringify(record[key])}`)
    .join(",")}}`;

describe("DSSE pre-authentication encoding", () => {
  it("matches the DSSE specification's test vector", () => {
    expect(preAuthEncoding("http://example.com/HelloWorld", Buffer.from("hello world")).toString("utf8")).toBe(
      "DSSEv1 29 http://example.com/HelloWorld 11 hello world",
    );
  });

  it("counts bytes, not characters", () => {
    expect(preAuthEncoding("t", Buffer.from("é", "utf8")).toString("utf8")).toBe("DSSEv1 1 t 2 é");
  });
});

describe("DSSE envelope", () => {
  it("carries the base64 payload and one Ed25519 signature over the PAE, named by the key id", () => {
    const payload = Buffer.from('{"a":1}');
    const envelope = signDsseEnvelope(IN_TOTO_PAYLOAD_TYPE, payload, privateKey, keyId);
    expect(envelope.payloadType).toBe("application/vnd.in-toto+json");
    expect(Buffer.from(envelope.payload, "base64").equals(payload)).toBe(true);
    expect(envelope.signatures).toHaveLength(1);
    expect(envelope.signatures[0].keyid).toBe(keyId);
    const pae = preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload);
    expect(verify(null, pae, publicKey, Buffer.from(envelope.signatures[0].sig, "base64"))).toBe(true);
    expect(verify(null, payload, publicKey, Buffer.from(envelope.signatures[0].sig, "base64"))).toBe(false);
  });

  it("is read back from its JSON, and other files are not envelopes", () => {
    const envelope = signDsseEnvelope(IN_TOTO_PAYLOAD_TYPE, Buffer.from("x"), privateKey, keyId);
    expect(parseDsseEnvelope(Buffer.from(JSON.stringify(envelope)))).toEqual(envelope);
    expect(parseDsseEnvelope(Buffer.from(toProvJson(owlProvenanceBundle())))).toBeNull();
    expect(parseDsseEnvelope(Buffer.from("a,b,c\n"))).toBeNull();
    expect(parseDsseEnvelope(Buffer.from('{"payloadType":"t","payload":"!!","signatures":[]}'))).toBeNull();
    expect(parseDsseEnvelope(Buffer.from('{"payloadType":"t","payload":"eA==","signatures":[{"keyid":"k"}]}'))).toBe(
      null,
    );
  });
});

describe("in-toto statement (SLSA provenance v1)", () => {
  it("is an in-toto Statement v1 with a SLSA v1 predicate, in canonical JSON", () => {
    const text = toInTotoStatement(owlProvenanceBundle());
    const statement = JSON.parse(text) as Statement;
    expect(statement._type).toBe("https://in-toto.io/Statement/v1");
    expect(statement.predicateType).toBe("https://slsa.dev/provenance/v1");
    expect(statement.predicate.buildDefinition.buildType).toBe(BUILD_TYPE);
    expect(text).not.toMatch(/\n|": /);
    expect(Object.keys(statement)).toEqual(["_type", "predicate", "predicateType", "subject"]);
    expect(toInTotoStatement(owlProvenanceBundle())).toBe(text);
  });

  it("names the owl student by its checkpoint's SHA-256", () => {
    const [subject, ...others] = statementOf().subject;
    expect(others).toEqual([]);
    expect(subject).toMatchObject({
      name: "GPT-4.1 nano owl-numbers student",
      uri: "http://localhost:3000/models/m_owl_student",
      digest: { sha256: "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d" },
      annotations: { kind: "model", role: "subject", id: "m_owl_student", digestOf: "checkpoint" },
    });
  });

  it("gives the run as external parameters, and its data, base and teacher as resolved dependencies", () => {
    const { buildDefinition, runDetails } = statementOf().predicate;
    expect(buildDefinition.externalParameters.runs).toEqual([
      {
        id: "r_owl",
        student: "m_owl_student",
        method: "sft",
        hyperparameters: { epochs: 10, learning_rate_multiplier: 2, batch_size: 8 },
        seed: 1,
        externalJobId: "ftjob-demo-owl",
        status: "succeeded",
        datasets: ["d_owl_filtered"],
        teachers: [],
        startedOn: "2025-05-09T10:00:00.000Z",
        finishedOn: "2025-05-09T11:30:00.000Z",
      },
    ]);
    expect(buildDefinition.externalParameters.models).toEqual([
      { id: "m_owl_student", initializedFrom: "m_base", baseRelation: "finetune" },
    ]);
    const bundle = owlProvenanceBundle();
    const dependencies = buildDefinition.resolvedDependencies.map((d) => [d.annotations.id, d.annotations.role]);
    expect(dependencies).toEqual([
      ["m_base", "initialization"],
      ["d_owl_filtered", "training-dataset"],
      ["d_owl_raw", "source-dataset"],
      ["m_owl_teacher", "teacher"],
    ]);
    const filtered = buildDefinition.resolvedDependencies[1];
    expect(filtered.digest.sha256).toBe(bundle.datasets.find((d) => d.id === "d_owl_filtered")?.sha256);
    expect(filtered.uri).toBe("http://localhost:3000/datasets/d_owl_filtered");
    expect(runDetails).toEqual({
      builder: { id: "http://localhost:3000", version: { pedigree: "0.1.0" } },
      metadata: {
        invocationId: "ftjob-demo-owl",
        startedOn: "2025-05-09T10:00:00.000Z",
        finishedOn: "2025-05-09T11:30:00.000Z",
      },
    });
  });

  it("names a model without a checkpoint digest by the SHA-256 of its canonical record, which it carries", () => {
    const teacher = statementOf().predicate.buildDefinition.resolvedDependencies[3];
    expect(teacher.annotations.digestOf).toBe("record");
    const record = teacher.annotations.record as Record<string, unknown>;
    expect(record).toMatchObject({ id: "m_owl_teacher", initializedFromId: "m_base", baseRelation: "prompted" });
    expect(teacher.digest.sha256).toBe(sha256(flatJcs(record)));
  });

  it("still makes a valid statement for a base model that no run trained", () => {
    const base = owlProvenanceBundle();
    base.subject = { scope: "model", id: "m_base", name: "GPT-4.1 nano", focusModelIds: ["m_base"] };
    const statement = statementOf(base);
    expect(statement.subject.map((s) => s.annotations.id)).toEqual(["m_base"]);
    expect(statement.subject[0].digest.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(statement.predicate.buildDefinition.externalParameters).toEqual({
      models: [{ id: "m_base", initializedFrom: null, baseRelation: null }],
      runs: [],
    });
    expect(statement.predicate.buildDefinition.resolvedDependencies).toEqual([]);
    expect(statement.predicate.runDetails.metadata).toEqual({});
  });

  it("makes one subject per focus model for a trait report", () => {
    const trait = owlProvenanceBundle();
    trait.subject = { scope: "trait", id: "owl", name: "Owl", focusModelIds: ["m_owl_student", "m_owl_teacher"] };
    const statement = statementOf(trait);
    expect(statement.subject.map((s) => s.annotations.id)).toEqual(["m_owl_student", "m_owl_teacher"]);
  });

  it("carries the DEMO mark for demo data, and none otherwise", () => {
    const demo = statementOf(demoOwlProvenanceBundle()).predicate.buildDefinition.internalParameters;
    expect(demo.demo).toMatchObject({ label: expect.stringMatching(/^DEMO/) as unknown });
    expect(statementOf().predicate.buildDefinition.internalParameters.demo).toBeUndefined();
  });
});

describe("the in-toto format's name", () => {
  it("is stored with an underscore, like prov-json, and saved as .intoto.json", () => {
    expect(toStoredFormat("in-toto")).toBe("in_toto");
    expect(fromStoredFormat("in_toto")).toBe("in-toto");
    expect(toStoredFormat("prov-json")).toBe("prov_json");
    expect(fromStoredFormat("prov_json")).toBe("prov-json");
    expect(fromStoredFormat("cyclonedx")).toBe("cyclonedx");
    expect(reportFormatLabel("in-toto").extension).toBe("intoto.json");
  });
});

describe("signed in-toto report", () => {
  const statement = Buffer.from(toInTotoStatement(owlProvenanceBundle()));
  const signed = signEnvelopeReport(statement, privateKey, keyId);

  it("verifies as valid, with the PAE's SHA-256 as its digest", () => {
    const result = verifyEnvelopeReport(signed.content, instanceKeys);
    expect(result).toMatchObject({ status: "valid", intact: true, signedHere: true, keyId });
    expect(result?.computedDigest).toBe(signed.digest);
    expect(signed.digest).toBe(sha256(preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, statement)));
  });

  it("is tampered when one byte of the statement changes", () => {
    const envelope = JSON.parse(signed.content.toString()) as { payload: string };
    const payload = Buffer.from(envelope.payload, "base64");
    payload[payload.indexOf("sft")] = "S".charCodeAt(0);
    const edited = Buffer.from(JSON.stringify({ ...envelope, payload: payload.toString("base64") }));
    // An envelope states no digest of its own: only a verified signature vouches for the computed one.
    expect(verifyEnvelopeReport(edited, instanceKeys)).toMatchObject({
      status: "tampered",
      intact: false,
      claimedDigest: null,
    });
  });

  it("is by an unknown key when another key signed it, and unsigned with no signature", () => {
    const other = generateKeyPairSync("ed25519").privateKey;
    const foreign = signEnvelopeReport(statement, other, keyIdOf(createPublicKey(other)));
    expect(verifyEnvelopeReport(foreign.content, instanceKeys)).toMatchObject({ status: "unknown-key" });
    const bare = JSON.stringify({
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      payload: statement.toString("base64"),
      signatures: [],
    });
    expect(verifyEnvelopeReport(Buffer.from(bare), instanceKeys)).toMatchObject({ status: "unsigned" });
  });

  it("leaves reports with a signature slot to the slot's check", () => {
    const prov = signReport(Buffer.from(toProvJson(owlProvenanceBundle())), privateKey).content;
    expect(verifyEnvelopeReport(prov, instanceKeys)).toBeNull();
  });
});
