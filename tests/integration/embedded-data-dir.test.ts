import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createPGlite } from "@/lib/db/connect";
import { newPrivateKeyPem, signingKeyFromPem } from "@/lib/reports/signing-key-material";
import { spawnInstance, type Instance } from "../support/spawn-instance";

// Process-level: real server start-ups (instrumentation.ts's register()) on a real data directory.

const running: Instance[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((instance) => instance.stop()));
});

function start(dataDir: string, env: Record<string, string> = {}): Instance {
  const instance = spawnInstance(dataDir, env);
  running.push(instance);
  return instance;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? [full, ...walk(full)] : [full];
  });
}

const modeOf = (file: string) => statSync(file).mode & 0o777;

async function settingsAndKeys(dataDir: string) {
  const pglite = createPGlite(dataDir);
  try {
    const settings = (await pglite.query<{ key: string }>("SELECT key FROM instance_settings")).rows.map(
      (row) => row.key,
    );
    const keys = (
      await pglite.query<{ id: string; retired_at: Date | null }>("SELECT id, retired_at FROM signing_keys")
    ).rows;
    return { settings, keys };
  } finally {
    await pglite.close();
  }
}

describe("the embedded data directory", () => {
  it("is 0700 with 0600 files, holds no private key in the database, and a second process on it exits naming the first", async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "pedigree-data-")), "data");
    const first = start(dataDir);
    expect(await first.outcome, first.output()).toBe("ready");

    expect(modeOf(dataDir)).toBe(0o700);
    const entries = walk(dataDir);
    expect(entries.length).toBeGreaterThan(100);
    const loose = entries.filter((entry) => (modeOf(entry) & 0o077) !== 0);
    expect(loose).toEqual([]);
    expect(modeOf(path.join(dataDir, "keys"))).toBe(0o700);
    const keyFile = path.join(dataDir, "keys", "report-signing-key.pem");
    expect(modeOf(keyFile)).toBe(0o600);
    expect(modeOf(path.join(dataDir, "keys", "session-secret"))).toBe(0o600);

    // A second server on the same directory does not stay up answering 500: it exits, naming the holder.
    const second = start(dataDir);
    expect(await second.outcome).toBe(1);
    expect(second.output()).toContain(`pid ${first.process.pid} (`);
    expect(second.output()).toContain("tests/support/start-like-next.ts");
    expect(second.output()).toContain(dataDir);

    await first.stop();
    // The private key is nowhere in the database's files (tables, WAL), only in the key file.
    const pem = readFileSync(keyFile, "utf8");
    const body = pem
      .split("\n")
      .filter((line) => line && !line.startsWith("-----"))
      .join("");
    expect(body.length).toBeGreaterThan(40);
    const sessionSecret = readFileSync(path.join(dataDir, "keys", "session-secret"), "utf8");
    expect(sessionSecret.length).toBeGreaterThanOrEqual(32);
    const databaseFiles = walk(dataDir).filter(
      (entry) => !entry.startsWith(path.join(dataDir, "keys")) && statSync(entry).isFile(),
    );
    expect(databaseFiles.filter((file) => readFileSync(file).includes(body))).toEqual([]);
    expect(databaseFiles.filter((file) => readFileSync(file).includes(sessionSecret))).toEqual([]);
    const { settings, keys } = await settingsAndKeys(dataDir);
    expect(settings).not.toContain("reports.signing_key");
    expect(settings).not.toContain("auth.session_secret");
    expect(keys).toEqual([{ id: signingKeyFromPem(pem).keyId, retired_at: null }]);
  }, 240_000);

  it("moves an earlier version's secrets out of the settings table into the key files", async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "pedigree-data-")), "data");
    const first = start(dataDir);
    expect(await first.outcome, first.output()).toBe("ready");
    await first.stop();

    // What an earlier version left: both secrets in instance_settings, no key files, no signing_keys.
    const legacyPem = newPrivateKeyPem();
    const legacySecret = "legacy-session-secret-0123456789abcdef";
    const pglite = createPGlite(dataDir);
    await pglite.query("DELETE FROM signing_keys");
    await pglite.query(
      "INSERT INTO instance_settings (key, value, updated_at) VALUES ($1, $2, now()), ($3, $4, now())",
      ["reports.signing_key", legacyPem, "auth.session_secret", legacySecret],
    );
    await pglite.close();
    rmSync(path.join(dataDir, "keys"), { recursive: true });

    const upgraded = start(dataDir);
    expect(await upgraded.outcome, upgraded.output()).toBe("ready");
    await upgraded.stop();

    expect(readFileSync(path.join(dataDir, "keys", "report-signing-key.pem"), "utf8")).toBe(legacyPem);
    expect(readFileSync(path.join(dataDir, "keys", "session-secret"), "utf8")).toBe(legacySecret);
    expect(modeOf(path.join(dataDir, "keys", "session-secret"))).toBe(0o600);
    const { settings, keys } = await settingsAndKeys(dataDir);
    expect(settings.filter((key) => key === "reports.signing_key" || key === "auth.session_secret")).toEqual([]);
    expect(keys).toEqual([{ id: signingKeyFromPem(legacyPem).keyId, retired_at: null }]);
  }, 240_000);

  it("refuses to start on a directory other users can read, saying the chmod to run", async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "pedigree-data-")), "data");
    mkdirSync(dataDir);
    chmodSync(dataDir, 0o755);
    const instance = start(dataDir);
    expect(await instance.outcome).toBe(1);
    expect(instance.output()).toContain(`chmod -R go-rwx ${dataDir}`);
    // Nothing was written into it.
    expect(existsSync(path.join(dataDir, "PG_VERSION"))).toBe(false);
    expect(readdirSync(dataDir)).toEqual([]);
  }, 120_000);
});
