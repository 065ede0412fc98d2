// The in-toto format over HTTP and the CLI: a DSSE envelope whose statement names the demo owl student, its run, its
// data, its base and its teacher; verified by the instance (valid, tampered, unknown key) and by scripts/verify-dsse.py,
// a verifier that shares no code with Pedigree, run as a child process on the envelope the API answered.
import { execFileSync } from "node:child_process";
import { createHash, generateKeyPairSync } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as modelProvenanceRoute from "@/app/api/v1/models/[id]/provenance/route";
import * as traitProvenanceRoute from "@/app/api/v1/traits/[slug]/provenance/route";
import * as publicKeyRoute from "@/app/api/v1/reports/public-key/route";
import * as verifyRoute from "@/app/api/v1/reports/verify/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import { EXIT } from "@/cli/exit-codes";
import { db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { signDsseEnvelope } from "@/lib/reports/dsse-envelope";
import { ADMIN_TOKEN, call } from "../support/api";
import { runPedigree } from "../support/in-process-cli";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
interface Envelope {
  payloadType: string;
  payload: string;
  signatures: { keyid: string; sig: string }[];
}
interface Descriptor {
  name: string;
  digest: { sha256: string };
  annotations: Record<string, unknown>;
}

const OWL_STUDENT = "GPT-4.1 nano owl-numbers student";
const ids: Record<string, string> = {};
const datasetSha: Record<string, string> = {};
let dir = "";

async function download(handler: Handler, path: string, params: Record<string, string>, token = ADMIN_TOKEN) {
  const response = await handler(
    new Request(new URL(path, "http://pedigree.test"), { headers: { authorization: `Bearer ${token}` } }),
    { params: Promise.resolve(params) },
  );
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

const modelEnvelope = (name: string, token?: string) =>
  download(modelProvenanceRoute.GET, `/api/v1/models/${ids[name]}/provenance?format=in-toto`, { id: ids[name] }, token);

async function verify(bytes: Buffer) {
  const response = await verifyRoute.POST(
    new Request("http://pedigree.test/api/v1/reports/verify", { method: "POST", body: new Uint8Array(bytes) }),
  );
  return { status: response.status, body: await response.json() };
}

const envelopeOf = (bytes: Buffer) => JSON.parse(bytes.toString("utf8")) as Envelope;
const statementOf = (envelope: Envelope) => JSON.parse(Buffer.from(envelope.payload, "base64").toString("utf8"));

/** The envelope with one byte of its statement changed, re-encoded. */
function withPayloadByteChanged(bytes: Buffer): Buffer {
  const envelope = envelopeOf(bytes);
  const payload = Buffer.from(envelope.payload, "base64");
  const at = payload.indexOf(OWL_STUDENT);
  payload[at] = "g".charCodeAt(0);
  return Buffer.from(JSON.stringify({ ...envelope, payload: payload.toString("base64") }, null, 2));
}

/** scripts/verify-dsse.py on an envelope file and a key file: its exit code and output. */
function independentVerify(envelopeFile: string, keyFile: string, using: "cryptography" | "openssl") {
  try {
    const output = execFileSync("python3", ["scripts/verify-dsse.py", envelopeFile, keyFile], {
      encoding: "utf8",
      env: { ...process.env, VERIFY_DSSE_WITH: using },
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { code: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout?: string; stderr?: string };
    return { code: failed.status, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

beforeAll(async () => {
  const prisma = await db();
  await seedDemoWorkspace(prisma);
  for (const model of await prisma.model.findMany()) ids[model.name] = model.id;
  for (const dataset of await prisma.dataset.findMany()) datasetSha[dataset.name] = dataset.sha256;
  dir = await mkdtemp(join(tmpdir(), "pedigree-in-toto-"));
});

describe("in-toto provenance of a model", () => {
  it("answers a DSSE envelope signed with the published key over an in-toto SLSA v1 statement", async () => {
    const report = await modelEnvelope(OWL_STUDENT);
    expect(report.status).toBe(200);
    expect(report.headers.get("content-type")).toBe("application/vnd.dsse.envelope.v1+json");
    expect(report.headers.get("content-disposition")).toMatch(/\.intoto\.json"$/);
    const publicKey = await call(publicKeyRoute.GET, "GET", "/api/v1/reports/public-key", { token: null });
    const envelope = envelopeOf(report.bytes);
    expect(envelope.payloadType).toBe("application/vnd.in-toto+json");
    expect(envelope.signatures).toEqual([{ keyid: publicKey.body.keyId, sig: expect.any(String) }]);
    expect(report.headers.get("x-pedigree-key-id")).toBe(publicKey.body.keyId);

    const statement = statementOf(envelope);
    expect(statement._type).toBe("https://in-toto.io/Statement/v1");
    expect(statement.predicateType).toBe("https://slsa.dev/provenance/v1");
    expect(statement.subject).toHaveLength(1);
    expect(statement.subject[0]).toMatchObject({ name: OWL_STUDENT, annotations: { id: ids[OWL_STUDENT] } });
    expect(statement.subject[0].digest.sha256).toMatch(/^[0-9a-f]{64}$/);

    const { buildDefinition, runDetails } = statement.predicate;
    const run = await (await db()).distillationRun.findFirstOrThrow({ where: { studentId: ids[OWL_STUDENT] } });
    expect(buildDefinition.externalParameters.runs).toEqual([
      expect.objectContaining({ id: run.id, method: run.method, seed: run.seed, externalJobId: run.externalJobId }),
    ]);
    const dependencies = buildDefinition.resolvedDependencies as Descriptor[];
    const byName = (name: string) => dependencies.find((d) => d.name === name);
    expect(byName("Owl teacher numbers (filtered)")).toMatchObject({
      digest: { sha256: datasetSha["Owl teacher numbers (filtered)"] },
      annotations: { role: "training-dataset" },
    });
    expect(byName("Owl teacher numbers (raw)")?.annotations.role).toBe("source-dataset");
    expect(byName("GPT-4.1 nano")?.annotations.role).toBe("initialization");
    expect(byName("GPT-4.1 nano owl teacher")?.annotations.role).toBe("teacher");
    expect(runDetails.builder.id).toBe("http://pedigree.test");
    expect(runDetails.metadata.startedOn).toBe(run.startedAt?.toISOString());
    // The demo workspace's records are marked as such in this format too.
    expect(buildDefinition.internalParameters.demo.label).toMatch(/^DEMO/);

    const pae = Buffer.concat([
      Buffer.from(`DSSEv1 ${envelope.payloadType.length} ${envelope.payloadType} `),
      Buffer.from(`${Buffer.from(envelope.payload, "base64").byteLength} `),
      Buffer.from(envelope.payload, "base64"),
    ]);
    expect(report.headers.get("x-pedigree-sha256")).toBe(createHash("sha256").update(pae).digest("hex"));
  });

  it("is a valid statement for a base model that no run trained", async () => {
    const statement = statementOf(envelopeOf((await modelEnvelope("GPT-4.1 nano")).bytes));
    expect(statement.subject[0].annotations).toMatchObject({ digestOf: "record" });
    expect(statement.predicate.buildDefinition.externalParameters.runs).toEqual([]);
  });

  it("has one subject per measured model for a trait", async () => {
    const report = await download(traitProvenanceRoute.GET, "/api/v1/traits/owl-preference/provenance?format=in-toto", {
      slug: "owl-preference",
    });
    expect(report.status).toBe(200);
    const names = statementOf(envelopeOf(report.bytes)).subject.map((s: Descriptor) => s.name);
    expect(names).toEqual(expect.arrayContaining([OWL_STUDENT, "GPT-4.1 nano", "Qwen2.5-7B owl-numbers student"]));
    expect(new Set(names).size).toBe(names.length);
    expect((await verify(report.bytes)).body.status).toBe("valid");
  });

  it("is refused to a caller without the reports scope", async () => {
    const viewer = await call(tokensRoute.POST, "POST", "/api/v1/tokens", { body: { name: "viewer", role: "viewer" } });
    expect((await modelEnvelope(OWL_STUDENT, viewer.body.token)).status).toBe(403);
  });
});

describe("verifying an envelope", () => {
  it("answers valid with its record, tampered with a byte of its statement changed, unknown key when signed elsewhere", async () => {
    const report = await modelEnvelope(OWL_STUDENT);
    const valid = await verify(report.bytes);
    expect(valid.status).toBe(200);
    expect(valid.body).toMatchObject({
      status: "valid",
      intact: true,
      signedHere: true,
      keyId: report.headers.get("x-pedigree-key-id"),
      claimedDigest: report.headers.get("x-pedigree-sha256"),
      report: { id: report.headers.get("x-pedigree-report-id"), format: "in-toto" },
    });

    const tampered = await verify(withPayloadByteChanged(report.bytes));
    expect(tampered.body).toMatchObject({ status: "tampered", intact: false, signedHere: false, report: null });
    expect(tampered.body.reason).toMatch(/envelope's signature does not match its payload/);

    // Re-signed by a key this instance never had.
    const envelope = envelopeOf(report.bytes);
    const stranger = generateKeyPairSync("ed25519").privateKey;
    const payload = Buffer.from(envelope.payload, "base64");
    const foreign = signDsseEnvelope(envelope.payloadType, payload, stranger, "ffffffffffffffff");
    const unknown = await verify(Buffer.from(JSON.stringify(foreign)));
    expect(unknown.body).toMatchObject({ status: "unknown-key", keyId: "ffffffffffffffff", signedHere: false });
  });

  it("is checked by an independent verifier with the published key: valid exits 0, one byte changed does not", async () => {
    const report = await modelEnvelope(OWL_STUDENT);
    const publicKey = await call(publicKeyRoute.GET, "GET", "/api/v1/reports/public-key", { token: null });
    const files = {
      envelope: join(dir, "owl.intoto.json"),
      tampered: join(dir, "owl-tampered.intoto.json"),
      keyDocument: join(dir, "public-key.json"),
      pem: join(dir, "key.pem"),
      jwk: join(dir, "key.jwk"),
    };
    await writeFile(files.envelope, report.bytes);
    await writeFile(files.tampered, withPayloadByteChanged(report.bytes));
    await writeFile(files.keyDocument, JSON.stringify(publicKey.body));
    await writeFile(files.pem, publicKey.body.publicKeyPem);
    await writeFile(files.jwk, JSON.stringify(publicKey.body.jwk));
    // The key as the public-key document, as PEM and as a JWK; each verifier library on the document.
    const runs = [
      { using: "cryptography", key: files.keyDocument },
      { using: "openssl", key: files.keyDocument },
      { using: "cryptography", key: files.pem },
      { using: "openssl", key: files.jwk },
    ] as const;
    for (const { using, key } of runs) {
      const valid = independentVerify(files.envelope, key, using);
      expect(valid.code, `${using} ${key}: ${valid.output}`).toBe(0);
      expect(valid.output).toContain(`VERIFIED (${using})`);
      expect(valid.output).toContain("predicateType https://slsa.dev/provenance/v1");
    }
    for (const using of ["cryptography", "openssl"] as const) {
      const tampered = independentVerify(files.tampered, files.keyDocument, using);
      expect(tampered.code, `${using}: ${tampered.output}`).toBe(1);
      expect(tampered.output).toContain("NOT VERIFIED");
    }
  }, 60_000);
});

describe("pedigree report --format in-toto and pedigree verify", () => {
  it("writes the envelope, and verifies it (exit 0) and its tampered copy (exit 4)", async () => {
    const written = await runPedigree(["report", ids[OWL_STUDENT], "--format", "in-toto", "-o", dir, "--json"]);
    expect(written.code, written.stderr).toBe(EXIT.ok);
    const summary = JSON.parse(written.stdout);
    expect(summary).toMatchObject({ format: "in-toto", contentType: "application/vnd.dsse.envelope.v1+json" });
    expect(summary.fileName).toMatch(/\.intoto\.json$/);
    const bytes = await readFile(summary.file);
    expect(envelopeOf(bytes).payloadType).toBe("application/vnd.in-toto+json");

    const verified = await runPedigree(["verify", summary.file]);
    expect(verified.code, verified.output).toBe(EXIT.ok);
    expect(verified.output).toContain("Intact, and signed by this server.");

    const tamperedFile = join(dir, "cli-tampered.intoto.json");
    await writeFile(tamperedFile, withPayloadByteChanged(bytes));
    const refused = await runPedigree(["verify", tamperedFile]);
    expect(refused.code).toBe(EXIT.failedCheck);
    expect(refused.output).toContain("TAMPERED");
  });
});
