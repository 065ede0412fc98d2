// A server start as `next start` does it, for process-level tests without a production build: it calls
// instrumentation.ts's register() and, as Next.js does, logs a failure and keeps running (a real server
// would then answer every request with 500). Prints "ready" once the database is open.
// Run: node --conditions=react-server --import tsx tests/support/start-like-next.ts
import { register } from "../../instrumentation";

process.env.NEXT_RUNTIME = "nodejs";
try {
  await register();
  console.info("[start-like-next] ready");
} catch (error) {
  console.error(`An error occurred while loading instrumentation hook: ${(error as Error).message}`);
}
setInterval(() => {}, 60_000);
process.on("SIGTERM", () => process.exit(0));
