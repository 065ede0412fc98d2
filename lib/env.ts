import "server-only";
import { z } from "zod";

// The one place that reads process.env. Everything else imports `env`.
const ZBooleanFlag = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((value) => (value === undefined ? undefined : value === "1" || value === "true"));

const ZEnv = z.object({
  DATABASE_URL: z.url().optional().describe("PostgreSQL server; unset means the embedded database"),
  PEDIGREE_DATA_DIR: z
    .string()
    .min(1)
    .default("./.pedigree")
    .describe("the embedded database and the key files; kept 0700"),
  PEDIGREE_KEY_DIR: z
    .string()
    .min(1)
    .optional()
    .describe("where generated secrets are kept (0700, files 0600); default <PEDIGREE_DATA_DIR>/keys"),
  PEDIGREE_SIGNING_KEY: z
    .string()
    .min(1)
    .optional()
    .describe(
      "the report-signing Ed25519 private key, PEM (PKCS#8); else PEDIGREE_SIGNING_KEY_FILE or a generated key file",
    ),
  PEDIGREE_SIGNING_KEY_FILE: z
    .string()
    .min(1)
    .optional()
    .describe("a file (e.g. a mounted secret) holding the report-signing private key, PEM"),
  PEDIGREE_DEMO: ZBooleanFlag.describe(
    "1 seeds the demo workspace on any database, 0 never; unset seeds it on a new embedded database",
  ),
  PEDIGREE_ADMIN_EMAIL: z.email().default("admin@pedigree.local"),
  PEDIGREE_ADMIN_PASSWORD: z.string().min(8).optional(),
  PEDIGREE_ADMIN_TOKEN: z.string().min(1).optional(),
  NEXTAUTH_SECRET: z
    .string()
    .min(16)
    .optional()
    .describe("signs session cookies; generated and kept in a 0600 key file when unset"),
  NEXTAUTH_URL: z.url().optional().describe("the public URL, when served behind a proxy or over https"),
  PEDIGREE_TRUSTED_PROXIES: z.coerce
    .number()
    .int()
    .min(0)
    .max(10)
    .default(0)
    .describe("how many reverse proxies in front of the app append to X-Forwarded-For; 0 means it is served directly"),
  PEDIGREE_PASSWORD_HASH_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(16)
    .default(1)
    .describe("password hashes (scrypt) run at once per process; more sign-ins per second, slower other requests"),
  PEDIGREE_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024 * 1024)
    .describe("largest dataset upload accepted, in bytes"),
  PEDIGREE_UPLOAD_IDLE_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(30_000)
    .describe("an upload whose client sends nothing for this long is refused with 408"),
  PEDIGREE_UPLOAD_BATCH_BYTES: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .default(4 * 1024 * 1024)
    .describe("an upload's rows are loaded while it arrives, in transactions of about this many bytes of COPY text"),
  PEDIGREE_DB_POOL_SIZE: z.coerce
    .number()
    .int()
    .positive()
    .max(1000)
    .default(10)
    .describe("connections to a PostgreSQL server (DATABASE_URL) per app process"),
  PEDIGREE_DB_STATEMENT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(300_000)
    .describe("PostgreSQL statement_timeout in ms for the app's connections to a server; 0 means none"),
  PEDIGREE_PDF_WORKERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(8)
    .default(1)
    .describe("worker threads rendering PDF reports at once; further PDFs wait their turn"),
  PEDIGREE_WEBHOOK_ALLOW_PRIVATE: ZBooleanFlag.describe(
    "1 lets webhooks reach loopback, private and link-local addresses (tests, a receiver on the same network)",
  ),
  NEXT_RUNTIME: z
    .enum(["nodejs", "edge"])
    .optional()
    .describe("set by Next.js in its server (whose build bundles the PDF worker); unset under tsx and vitest"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type TEnv = z.infer<typeof ZEnv>;

function readEnv(): TEnv {
  // An empty value means "not set" (e.g. `DATABASE_URL= npm start`).
  const source = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env = readEnv();
