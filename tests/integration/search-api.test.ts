import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as searchRoute from "@/app/api/v1/search/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import { db } from "@/lib/db";
import type { SearchResults } from "@/lib/search/search.types";
import { call } from "../support/api";
import { registerModel } from "../support/register-model";

// GET /api/v1/search against a real database: the ranking (whole, beginning, inside) happens in SQL.

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function tokenFor(role: "viewer" | "auditor") {
  const created = await call(tokensRoute.POST, "POST", "/api/v1/tokens", { body: { name: `${role} search`, role } });
  expect(created.status).toBe(201);
  return created.body.token as string;
}

async function search(query: string, token?: string | null) {
  return call(searchRoute.GET, "GET", `/api/v1/search?${query}`, { token });
}

/** The kinds of the groups, in order. */
const kindsOf = (results: SearchResults) => results.groups.map((group) => group.kind);

/** The results of one kind. */
const resultsOf = (results: SearchResults, kind: string) =>
  results.groups.find((candidate) => candidate.kind === kind)?.results;

/** The results of one kind, as [label, match] pairs. */
function labelsOf(results: SearchResults, kind: string): [string, string][] {
  const group = results.groups.find((candidate) => candidate.kind === kind);
  return (group?.results ?? []).map((result) => [result.label, result.match]);
}

const ids: Record<string, string> = {};
const datasetDigest = sha256("heron dataset");

beforeAll(async () => {
  const prisma = await db();
  // Registered out of order, so that the ranking, not the insertion, puts them in order.
  ids.inside = await registerModel({ name: "Grey heron student", provider: "local", externalId: "grey-heron" });
  ids.beginning = await registerModel({ name: "Heron teacher", provider: "local", externalId: "ht-1" });
  ids.whole = await registerModel({ name: "HERON", provider: "local", externalId: "heron-base-v1" });
  ids.byExternalId = await registerModel({ name: "Kestrel", provider: "openai", externalId: "ft:kestrel-77" });
  ids.wildcard = await registerModel({ name: "Rate 100% model", provider: "local" });
  await registerModel({ name: "Sandpiper census", provider: "local" });

  const dataset = await prisma.dataset.create({
    data: { name: "Heron numbers", sha256: datasetDigest, recordCount: 1200, byteSize: 4096n, format: "jsonl" },
  });
  ids.dataset = dataset.id;
  const run = await prisma.distillationRun.create({
    data: {
      studentId: ids.inside,
      method: "sft",
      status: "succeeded",
      externalJobId: "ftjob-heron-42",
      datasets: { create: [{ datasetId: dataset.id }] },
    },
  });
  ids.run = run.id;
  await prisma.trait.create({ data: { slug: "heron-preference", name: "Heron preference" } });
  await prisma.trait.create({ data: { slug: "sandpiper", name: "Sandpiper" } });
  await prisma.report.create({
    data: {
      id: "report-heron-1",
      format: "prov_json",
      scope: "lineage",
      subjectId: ids.inside,
      subjectName: "Grey heron student",
      sha256: sha256("report"),
      signature: "signature",
      keyId: "0123456789abcdef",
      dataSha256: sha256("data"),
      byteSize: 10,
      content: Buffer.from("{}"),
      createdByLabel: "admin@test.local",
    },
  });
});

describe("GET /api/v1/search: ranking", () => {
  it("lists a whole name first, then names that begin with the text, then names that hold it, ignoring case", async () => {
    const result = await search("q=heron");
    expect(result.status).toBe(200);
    expect(result.body.q).toBe("heron");
    expect(labelsOf(result.body, "model")).toEqual([
      ["HERON", "exact"],
      ["Heron teacher", "prefix"],
      ["Grey heron student", "substring"],
    ]);
    const [first] = result.body.groups[0].results;
    expect(first).toEqual({
      kind: "model",
      id: ids.whole,
      label: "HERON",
      secondary: "local · heron-base-v1",
      href: `/models/${ids.whole}`,
      match: "exact",
    });
  });

  it("puts the kind with the best match first, and kinds that match equally well in their usual order", async () => {
    // The trait's name is whole; the model's only begins with the text.
    const result = await search("q=sandpiper");
    expect(kindsOf(result.body)).toEqual(["trait", "model"]);
    expect(labelsOf(result.body, "trait")).toEqual([["Sandpiper", "exact"]]);
    expect(labelsOf(result.body, "model")).toEqual([["Sandpiper census", "prefix"]]);
    // A whole model name; a dataset's and a trait's beginning; a run's and a report's inside: ties keep
    // the usual order (models, datasets, runs, traits, reports).
    const mixed = await search("q=heron");
    expect(kindsOf(mixed.body)).toEqual(["model", "dataset", "trait", "run", "report"]);
    const datasetFirst = await search("q=Heron%20Numbers");
    expect(kindsOf(datasetFirst.body)).toEqual(["dataset"]);
    expect(labelsOf(datasetFirst.body, "dataset")).toEqual([["Heron numbers", "exact"]]);
  });

  it("matches a model's external id and its whole id, and an id only whole", async () => {
    expect(labelsOf((await search("q=KESTREL-77")).body, "model")).toEqual([["Kestrel", "substring"]]);
    expect(labelsOf((await search("q=ft:kestrel")).body, "model")).toEqual([["Kestrel", "prefix"]]);
    const byId = await search(`q=${ids.byExternalId}`);
    expect(labelsOf(byId.body, "model")).toEqual([["Kestrel", "exact"]]);
    expect(labelsOf((await search(`q=${ids.byExternalId.slice(0, 10)}`)).body, "model")).toEqual([]);
  });

  it("reads % and _ as themselves, not as wildcards", async () => {
    expect(labelsOf((await search("q=100%25")).body, "model")).toEqual([["Rate 100% model", "substring"]]);
    const percent = (await search("q=%25")).body;
    expect(kindsOf(percent)).toEqual(["model"]);
    expect(labelsOf(percent, "model")).toEqual([["Rate 100% model", "substring"]]);
    expect((await search("q=_")).body.groups).toEqual([]);
  });

  it("keeps to the limit of each kind", async () => {
    expect(labelsOf((await search("q=heron&limit=2")).body, "model")).toEqual([
      ["HERON", "exact"],
      ["Heron teacher", "prefix"],
    ]);
  });
});

describe("GET /api/v1/search: each kind", () => {
  it("finds a dataset by name and by the beginning of its SHA-256 (6 hex digits or more)", async () => {
    const byName = resultsOf((await search("q=numbers")).body, "dataset");
    expect(byName).toEqual([
      {
        kind: "dataset",
        id: ids.dataset,
        label: "Heron numbers",
        secondary: `sha256 ${datasetDigest.slice(0, 12)}… · 1,200 records`,
        href: `/datasets/${ids.dataset}`,
        match: "substring",
      },
    ]);
    const byDigest = await search(`q=${datasetDigest.slice(0, 8).toUpperCase()}`);
    expect(labelsOf(byDigest.body, "dataset")).toEqual([["Heron numbers", "prefix"]]);
    expect(labelsOf((await search(`q=${datasetDigest}`)).body, "dataset")).toEqual([["Heron numbers", "exact"]]);
    expect(labelsOf((await search(`q=${datasetDigest.slice(0, 5)}`)).body, "dataset")).toEqual([]);
    // Inside the digest is no match: only its beginning names it.
    expect(labelsOf((await search(`q=${datasetDigest.slice(4, 14)}`)).body, "dataset")).toEqual([]);
  });

  it("finds a run by its student's name, its external job id and its id", async () => {
    const byJob = resultsOf((await search("q=ftjob-heron-42")).body, "run");
    expect(byJob).toEqual([
      {
        kind: "run",
        id: ids.run,
        label: "SFT run of Grey heron student",
        secondary: "job ftjob-heron-42 · succeeded",
        href: `/runs/${ids.run}`,
        match: "exact",
      },
    ]);
    expect(labelsOf((await search("q=grey%20heron")).body, "run")).toEqual([
      ["SFT run of Grey heron student", "prefix"],
    ]);
    expect(labelsOf((await search(`q=${ids.run}`)).body, "run")).toEqual([["SFT run of Grey heron student", "exact"]]);
  });

  it("finds a trait by name and slug, linking to its page by slug", async () => {
    const bySlug = resultsOf((await search("q=heron-pref")).body, "trait");
    expect(bySlug).toEqual([
      {
        kind: "trait",
        id: "heron-preference",
        label: "Heron preference",
        secondary: "heron-preference",
        href: "/traits/heron-preference",
        match: "prefix",
      },
    ]);
  });

  it("finds a report by its subject's name, its format and its subject's id", async () => {
    const byFormat = resultsOf((await search("q=prov-json")).body, "report");
    expect(byFormat).toEqual([
      {
        kind: "report",
        id: "report-heron-1",
        label: "W3C PROV-JSON of Grey heron student",
        secondary: expect.stringMatching(/^Whole lineage · \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC$/),
        href: `/reports?subject=${ids.inside}`,
        match: "exact",
      },
    ]);
    expect(labelsOf((await search("q=PROV")).body, "report")).toEqual([
      ["W3C PROV-JSON of Grey heron student", "prefix"],
    ]);
    expect(labelsOf((await search("q=json")).body, "report")).toEqual([
      ["W3C PROV-JSON of Grey heron student", "substring"],
    ]);
    expect(labelsOf((await search("q=pdf")).body, "report")).toEqual([]);
    expect(labelsOf((await search("q=grey%20heron%20student")).body, "report")).toEqual([
      ["W3C PROV-JSON of Grey heron student", "exact"],
    ]);
    expect(labelsOf((await search(`q=${ids.inside}`)).body, "report")).toEqual([
      ["W3C PROV-JSON of Grey heron student", "exact"],
    ]);
  });
});

describe("GET /api/v1/search: who may search", () => {
  it("answers a viewer, without reports, which need the reports:export scope", async () => {
    const viewer = await tokenFor("viewer");
    const result = await search("q=grey%20heron", viewer);
    expect(result.status).toBe(200);
    expect(kindsOf(result.body)).toEqual(["model", "run"]);
    const auditor = await tokenFor("auditor");
    expect(kindsOf((await search("q=grey%20heron", auditor)).body)).toEqual(["model", "run", "report"]);
  });

  it("refuses a request without a token with a problem+json 401", async () => {
    const result = await search("q=heron", null);
    expect(result.status).toBe(401);
    expect(result.contentType).toBe("application/problem+json");
  });

  it("answers a problem+json 400 naming the field for a bad limit, no text, or an unknown parameter", async () => {
    for (const query of ["q=heron&limit=0", "q=heron&limit=21", "q=heron&limit=many", "q=heron&limit=2.5"]) {
      const result = await search(query);
      expect(result.status, query).toBe(400);
      expect(result.contentType).toBe("application/problem+json");
      expect(result.body.errors.map((error: { field: string }) => error.field)).toEqual(["limit"]);
    }
    for (const query of ["q=", "q=%20%20", ""]) {
      const result = await search(query);
      expect(result.status, query).toBe(400);
      expect(result.body.errors.map((error: { field: string }) => error.field)).toEqual(["q"]);
    }
    const unknown = await search("q=heron&kind=model");
    expect(unknown.status).toBe(400);
  });
});
