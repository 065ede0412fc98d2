// Runs once when the server starts, before it serves requests: opens the database, applies pending
// migrations, creates the first admin and seeds demo data, so that problems show at start-up
// rather than on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ready } = await import("@/lib/startup/ready");
  const { isStartupRefusal } = await import("@/lib/db/startup-refusal");
  try {
    const { mode } = await ready();
    console.info(`[pedigree] database ready (${mode})`);
  } catch (error) {
    // Next.js logs a failed register() and serves anyway, every request then failing with 500: a
    // process that must not run (its data directory held by another, or readable by others) exits.
    if (!isStartupRefusal(error)) throw error;
    console.error(`[pedigree] cannot start: ${error.message}`);
    process.exit(1);
  }
}
