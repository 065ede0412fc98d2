import type { Page } from "@playwright/test";

/**
 * Collects what the page reports as errors from now on: console errors and uncaught exceptions. A 404 of a
 * resource (a prefetched link to a page not built yet) is not a rendering error and is left out.
 */
export function watchConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}
