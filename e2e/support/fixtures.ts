// Fixtures every spec builds on. The specs run side by side (several workers, one server), so a spec
// never changes what another reads: it reads the demo workspace as seeded (its own rows, not global
// counts), and whatever it writes it first seeds under names of its own, through the API, here.
import { randomBytes } from "node:crypto";
import { test as base, expect, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

/** The admin API token scripts/e2e-server.mjs sets (PEDIGREE_ADMIN_TOKEN). */
const ADMIN_TOKEN = "e2e-admin-token";
export const AUTH = { Authorization: `Bearer ${ADMIN_TOKEN}` };
/**
 * The demo's owl-preference trait page, on the demo's protocol (lib/demo/demo-measurements.ts). The CLI
 * spec imports measurements of the same trait under other protocols, and a trait page shows the protocol
 * with the most measurements unless asked: the specs that read the demo's figures ask.
 */
export const DEMO_OWL_TRAIT_PAGE = "/traits/owl-preference?protocol=sl-animal-50q-x100";

interface SeededUser {
  id: string;
  email: string;
  password: string;
}

interface SeededModel {
  id: string;
  name: string;
}

/** A chain of the spec's own, apart from the demo workspace: a base, a prompted teacher declared to carry `trait`, and the data it generated. */
interface SeededChain {
  base: SeededModel;
  teacher: SeededModel;
  dataset: SeededModel;
  trait: { slug: string; name: string };
}

interface Seed {
  /** A user of the spec's own; its email is `<label>-<uid>@pedigree.test`. */
  user(role: "viewer" | "auditor" | "engineer" | "admin", label?: string): Promise<SeededUser>;
  /** A model; `name` gets the uid appended unless `exactName`. */
  model(
    body: { name: string; provider?: string; externalId?: string; [key: string]: unknown },
    exactName?: boolean,
  ): Promise<SeededModel>;
  chain(label?: string): Promise<SeededChain>;
  /** Registers a run of a new student on `datasetIds`, initialised from `initializedFromId`. */
  run(body: {
    datasetIds: string[];
    initializedFromId: string;
    student: string;
    method?: string;
  }): Promise<{ id: string; student: SeededModel }>;
  /** A chain of the spec's own and a student trained on its data from its base, never measured: exposed to its trait. */
  exposedStudent(student: string): Promise<{ chain: SeededChain; student: SeededModel }>;
}

type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>;

interface WorkerFixtures {
  /** The e2e admin's session cookies: each worker signs in through the form once (hashing a password is slow). */
  adminSession: Cookies;
}

interface Fixtures {
  /** A page signed in as the e2e admin (the worker's session), on /overview. */
  signedInPage: Page;
  /** Unique to this test: the worker's index and a random part, to suffix what the test creates. */
  uid: string;
  /** Requests as the e2e admin, by its API token. */
  adminApi: APIRequestContext;
  seed: Seed;
}

async function created<T>(response: Awaited<ReturnType<APIRequestContext["post"]>>, what: string): Promise<T> {
  expect(response.status(), `${what}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  adminSession: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      await signIn(await context.newPage());
      const cookies = await context.cookies();
      await context.close();
      await use(cookies);
    },
    { scope: "worker" },
  ],
  signedInPage: async ({ page, adminSession }, use) => {
    await page.context().addCookies(adminSession);
    await page.goto("/overview");
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    await use(page);
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures name their dependencies by destructuring
  uid: async ({}, use, testInfo) => {
    await use(`w${testInfo.workerIndex}-${randomBytes(3).toString("hex")}`);
  },
  adminApi: async ({ playwright, baseURL }, use) => {
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: AUTH });
    await use(context);
    await context.dispose();
  },
  seed: async ({ adminApi: api, uid }, use) => {
    const seed: Seed = {
      async user(role, label = role) {
        const user = { email: `${label}-${uid}@pedigree.test`, password: `${label}-password-123` };
        const body = await created<{ id: string }>(
          await api.post("/api/v1/users", { data: { ...user, name: `E2E ${label} ${uid}`, role } }),
          "user",
        );
        return { id: body.id, ...user };
      },
      async model({ name, provider = "e2e", ...rest }, exactName = false) {
        const data = { name: exactName ? name : `${name} ${uid}`, provider, ...rest };
        const body = await created<{ id: string; name: string }>(await api.post("/api/v1/models", { data }), "model");
        return { id: body.id, name: body.name };
      },
      async chain(label = "E2E") {
        const trait = { slug: `e2e-trait-${uid}`, name: `E2E trait ${uid}` };
        const baseModel = await seed.model({ name: `${label} base`, externalId: `e2e-base-${uid}` });
        const teacher = await seed.model({
          name: `${label} teacher`,
          externalId: `e2e-teacher-${uid}`,
          initializedFromId: baseModel.id,
          baseRelation: "prompted",
          systemPrompt: `You love the e2e trait ${uid}.`,
        });
        await created(
          await api.post(`/api/v1/models/${teacher.id}/declarations`, {
            data: { trait, reason: `Its system prompt targets ${trait.name}.` },
          }),
          "declaration",
        );
        const generation = await created<{ id: string }>(
          await api.post("/api/v1/generations", { data: { teacherId: teacher.id } }),
          "generation",
        );
        const rows = Array.from({ length: 20 }, (_, i) =>
          JSON.stringify({ prompt: `See the following numbers: ${i}, 2, 3. [${uid}]`, completion: `${i}\n5\n6` }),
        );
        const query = new URLSearchParams({
          name: `${label} numbers ${uid}`,
          format: "jsonl",
          generationId: generation.id,
        });
        const dataset = await created<{ id: string }>(
          await api.post(`/api/v1/datasets?${query}`, {
            data: Buffer.from(`${rows.join("\n")}\n`),
            headers: { "content-type": "application/x-ndjson" },
          }),
          "dataset",
        );
        return { base: baseModel, teacher, dataset: { id: dataset.id, name: `${label} numbers ${uid}` }, trait };
      },
      async run({ datasetIds, initializedFromId, student, method = "sft" }) {
        const name = `${student} ${uid}`;
        const body = await created<{ id: string; student: { id: string } }>(
          await api.post("/api/v1/runs", {
            data: { datasetIds, initializedFromId, student: { name, provider: "e2e" }, method },
          }),
          "run",
        );
        return { id: body.id, student: { id: body.student.id, name } };
      },
      async exposedStudent(student) {
        const chain = await seed.chain();
        const run = await seed.run({ datasetIds: [chain.dataset.id], initializedFromId: chain.base.id, student });
        return { chain, student: run.student };
      },
    };
    await use(seed);
  },
});

export { expect };
