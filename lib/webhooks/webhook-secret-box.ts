import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// A webhook's signing secret must be readable to sign each delivery, so it cannot be kept as a hash. It is
// sealed (AES-256-GCM) with a key derived (HKDF-SHA256) from the instance's session secret, which is kept
// outside the database (NEXTAUTH_SECRET or the key directory): a copy of the database alone does not
// give the secrets away. Changing the session secret makes the sealed secrets unreadable: deliveries then
// fail saying so, and the webhooks must be added again.

const VERSION = "v1";

function keyOf(masterSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", masterSecret, "pedigree", "webhook signing secrets v1", 32));
}

export function sealWebhookSecret(secret: string, masterSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyOf(masterSecret), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), sealed]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The secret, or an error saying the sealed value cannot be opened with this instance's session secret. */
export function openWebhookSecret(sealed: string, masterSecret: string): string {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || !data)
    throw new Error("the webhook's secret is not in a known sealed form");
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyOf(masterSecret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new Error(
      "the webhook's secret cannot be opened: the session secret changed since it was added; delete the webhook and add it again",
    );
  }
}

/** A new signing secret, `whsec_...`, and the prefix shown to recognise it. */
export function generateWebhookSecret(): { secret: string; prefix: string } {
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  return { secret, prefix: secret.slice(0, 10) };
}
