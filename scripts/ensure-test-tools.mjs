// What the tests need beyond npm: Debian's Chromium for Playwright (its own browser download cannot
// reach this network) and poppler's pdfinfo/pdftotext/pdftoppm, which read the rendered PDF reports
// back. Installs what is missing when we may (root with apt-get); otherwise says how.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const NEEDED = [
  { file: "/usr/bin/chromium", packages: ["chromium", "fonts-dejavu-core"] },
  { file: "/usr/bin/pdfinfo", packages: ["poppler-utils"] },
];

const missing = NEEDED.filter((tool) => !existsSync(tool.file));
if (missing.length > 0) {
  const packages = missing.flatMap((tool) => tool.packages);
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canInstall) {
    console.error(
      `[pedigree] ${missing.map((tool) => tool.file).join(", ")} missing. Install them: sudo apt-get install -y ${packages.join(" ")}`,
    );
    process.exit(1);
  }
  console.info(`[pedigree] installing Debian's ${packages.join(", ")} for the tests`);
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "--no-install-recommends", ...packages],
  ]) {
    const result = spawnSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
