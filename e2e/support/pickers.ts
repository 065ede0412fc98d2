import type { Locator, Page } from "@playwright/test";

/**
 * Types `search` into the picker (a combobox) labelled `label` and takes the option whose name is exactly
 * `name`. `within` narrows the search to a part of the page, where two pickers could share a label.
 */
export async function pickOption(
  page: Page,
  label: string,
  search: string,
  name: string,
  within: Page | Locator = page,
): Promise<void> {
  await within.getByRole("combobox", { name: label, exact: true }).fill(search);
  await within
    .getByRole("listbox", { name: label })
    .getByRole("option")
    .filter({ has: page.getByText(name, { exact: true }) })
    .click();
}
