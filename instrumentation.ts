// Runs once when the server starts, before it serves requests: opens the database, applies pending
// migrations, creates the first admin and seeds demo data, so that problems show at start-up
// rather than on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { connection } = await import("@/lib/db");
  const { mode } = await connection();
  console.info(`[pedigree] database ready (${mode})`);
}
