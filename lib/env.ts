import { z } from "zod";

// The one place that reads process.env. Everything else imports `env`.
const ZBooleanFlag = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((value) => (value === undefined ? undefined : value === "1" || value === "true"));

const ZEnv = z.object({
  DATABASE_URL: z.string().url().optional().describe("PostgreSQL server; unset means the embedded database"),
  PEDIGREE_DATA_DIR: z.string().min(1).default("./.pedigree"),
  PEDIGREE_DEMO: ZBooleanFlag.describe("1 seeds the demo workspace on any database, 0 never; unset seeds it on a new embedded database"),
  PEDIGREE_ADMIN_EMAIL: z.string().email().default("admin@pedigree.local"),
  PEDIGREE_ADMIN_PASSWORD: z.string().min(8).optional(),
  PEDIGREE_ADMIN_TOKEN: z.string().min(1).optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional().describe("signs session cookies; generated and kept in the database when unset"),
  NEXTAUTH_URL: z.string().url().optional().describe("the public URL, when served behind a proxy or over https"),
  PEDIGREE_MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(2 * 1024 * 1024 * 1024).describe("largest dataset upload accepted, in bytes"),
  PEDIGREE_UPLOAD_IDLE_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000).describe("an upload whose client sends nothing for this long is refused with 408"),
  PEDIGREE_DB_POOL_SIZE: z.coerce.number().int().positive().max(1000).default(10).describe("connections to a PostgreSQL server (DATABASE_URL) per app process"),
  PEDIGREE_DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(300_000).describe("PostgreSQL statement_timeout in ms for the app's connections to a server; 0 means none"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type TEnv = z.infer<typeof ZEnv>;

function readEnv(): TEnv {
  const source = { ...process.env };
  // An empty value means "not set" (e.g. `DATABASE_URL= npm start`).
  for (const key of Object.keys(source)) if (source[key] === "") delete source[key];
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env = readEnv();
