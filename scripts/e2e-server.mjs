// The server Playwright tests run against: the production build on a fresh embedded database with
// the demo workspace, exactly what a newcomer's first start gives, plus known admin credentials.
import { rmSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";

const port = process.env.PEDIGREE_E2E_PORT ?? "3100";
const dataDir = path.resolve(`.pedigree-e2e-${port}`);
rmSync(dataDir, { recursive: true, force: true });

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: "",
  PEDIGREE_DATA_DIR: dataDir,
  PEDIGREE_DEMO: "1",
  PEDIGREE_ADMIN_EMAIL: "e2e-admin@pedigree.test",
  PEDIGREE_ADMIN_PASSWORD: "e2e-admin-password",
  PEDIGREE_ADMIN_TOKEN: "e2e-admin-token",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
};

// Idle connections stay open 75 s, as `npm start` keeps them: with Node's default of 5 s, a client that
// reused a kept-alive socket just as the server closed it got ECONNRESET on a POST (not retried).
const server = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1", "--keepAliveTimeout", "75000"], {
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
