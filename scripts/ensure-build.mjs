// `npm start` builds the app first when there is no production build yet (a fresh clone).
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

if (!existsSync(".next/BUILD_ID")) {
  console.info("[pedigree] no production build yet: running `next build` (about a minute, once)");
  const result = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  process.exit(result.status ?? 1);
}
