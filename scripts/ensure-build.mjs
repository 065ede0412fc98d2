// `npm start` builds the app first when there is no production build yet (a fresh clone).
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

if (!existsSync(".next/BUILD_ID")) {
  // Measured: 3-4 minutes on a 2-core machine, about a minute on a recent laptop.
  console.info("[pedigree] no production build yet: running `next build` once (1-4 minutes, by the machine)");
  const started = performance.now();
  const result = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status === 0)
    console.info(`[pedigree] built in ${Math.round((performance.now() - started) / 1000)} s; starting the server`);
  process.exit(result.status ?? 1);
}
