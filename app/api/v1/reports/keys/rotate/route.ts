import { withApi } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";
import { rotateSigningKey } from "@/lib/reports/rotate-signing-key";
import { ZKeyRotation } from "@/lib/reports/signing-key.types";

export const POST = withApi(
  {
    scope: "keys:manage",
    docs: {
      summary: "Rotate the report-signing key",
      description:
        "Makes a new Ed25519 key, which signs every report from now on, and retires the current one: its private key is discarded and its public key kept, so that reports it signed still verify (listed under `retired` at /api/v1/reports/public-key). Audited. The CLI's `pedigree keys rotate` calls it. With several instances on one PostgreSQL, give the others the new key file (or use PEDIGREE_SIGNING_KEY_FILE) and restart them.",
      tags: ["Reports"],
      responses: okResponse(
        ZKeyRotation,
        "`current`: the new public key (`keyId`, `algorithm`, `publicKeyPem`, `jwk`); `retired`: `keyId`, `retiredAt` of the key it replaced.",
      ),
      problems: {
        409: "The key comes from PEDIGREE_SIGNING_KEY or PEDIGREE_SIGNING_KEY_FILE: replace it there and restart.",
      },
    },
  },
  ({ actor }) => rotateSigningKey(actor),
);
