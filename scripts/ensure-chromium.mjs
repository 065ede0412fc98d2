// Playwright drives Debian's Chromium (its own browser download cannot reach this network).
// Installs it when missing and we may (root with apt-get); otherwise says how.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const CHROMIUM = "/usr/bin/chromium";

if (!existsSync(CHROMIUM)) {
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canInstall) {
    console.error(`[pedigree] ${CHROMIUM} is missing. Install Debian's Chromium: sudo apt-get install -y chromium`);
    process.exit(1);
  }
  console.info("[pedigree] installing Debian's chromium for the end-to-end tests");
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-dejavu-core"]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
