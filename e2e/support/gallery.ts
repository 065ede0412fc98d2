import { mkdirSync } from "node:fs";
import type { APIRequestContext, Page } from "@playwright/test";
import { AUTH } from "./fixtures";
import { shoot } from "./screenshot";

async function firstId(request: APIRequestContext, path: string): Promise<string> {
  const page = (await (await request.get(path, { headers: AUTH })).json()) as { items: { id: string }[] };
  return page.items[0].id;
}

/** Every page of the dashboard, with a demo model, dataset and run for the detail pages. */
export async function galleryPages(request: APIRequestContext): Promise<string[]> {
  return [
    "/overview",
    "/models",
    `/models/${await firstId(request, "/api/v1/models?q=owl-numbers student")}`,
    "/models/new",
    "/datasets",
    `/datasets/${await firstId(request, "/api/v1/datasets?q=owl")}`,
    "/datasets/upload",
    "/datasets/generations/new",
    "/imports",
    "/runs",
    `/runs/${await firstId(request, "/api/v1/runs")}`,
    "/runs/new",
    "/traits",
    "/traits/owl-preference",
    "/measurements",
    "/measurements/new",
    "/lineage",
    "/compare",
    "/reports",
    "/audit",
    "/settings",
    "/api-reference",
  ];
}

/** A page's screenshot name: its path, with a detail page's id as "detail". */
export function pageShotName(path: string): string {
  return path
    .slice(1)
    .replace(/\/[a-z0-9]{20,}$/u, "-detail")
    .replaceAll("/", "-");
}

/**
 * The whole page for review in test-results/screenshots; with PEDIGREE_GALLERY_DIR set (e.g. docs/screenshots/pages),
 * also a compact JPEG there, which is how the committed gallery is made.
 */
export async function galleryShot(page: Page, name: string): Promise<void> {
  await shoot(page, name);
  const gallery = process.env.PEDIGREE_GALLERY_DIR;
  if (!gallery) return;
  mkdirSync(gallery, { recursive: true });
  await page.screenshot({ path: `${gallery}/${name}.jpg`, fullPage: true, type: "jpeg", quality: 70 });
}
