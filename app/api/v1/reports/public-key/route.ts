import { withApi } from "@/lib/api/with-api";
import { db } from "@/lib/db";
import { getSigningKey, publicKeyDocument } from "@/lib/reports/signing-key";

export const GET = withApi(
  {
    scope: null,
    docs: {
      summary: "The public key that signs reports",
      description:
        "Public, so that anyone handed a report can check it offline. Reports are signed with Ed25519 over the 32 bytes of the SHA-256 of the report with its signature slots blanked. Given as PEM (SPKI) and as a JWK, with the key id that reports name.",
      tags: ["Reports"],
      responses: { 200: { description: "`keyId`, `algorithm` (Ed25519), `publicKeyPem`, `jwk`." } },
    },
  },
  async () => publicKeyDocument(await getSigningKey(await db())),
);
