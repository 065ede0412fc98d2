import type { Page } from "@playwright/test";

/**
 * Slows the page's uplink to `bytesPerSecond` (Chromium throttles request bodies too), so that an upload's
 * progress bar has time to move; `restore` lifts the limit and closes the DevTools session.
 */
export async function slowUpload(page: Page, bytesPerSecond: number): Promise<{ restore: () => Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  const uplink = (uploadThroughput: number) =>
    cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput,
    });
  await uplink(bytesPerSecond);
  return {
    restore: async () => {
      await uplink(-1);
      await cdp.detach();
    },
  };
}
