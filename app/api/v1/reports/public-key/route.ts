import { withApi } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";
import { getPublicKeys } from "@/lib/reports/get-public-keys";
import { ZPublicKeys } from "@/lib/reports/signing-key.types";

export const GET = withApi(
  {
    scope: null,
    docs: {
      summary: "The public keys that sign reports",
      description:
        "Public, so that anyone handed a report can check it offline. Reports are signed with Ed25519 over the 32 bytes of the SHA-256 of the report with its signature slots blanked; an in-toto report is a DSSE envelope whose signature is Ed25519 over the pre-authentication encoding of its payload, with `keyid` this key id. The current key is given as PEM (SPKI) and as a JWK, with the key id that reports name; `retired` lists the keys it replaced (`pedigree keys rotate`), which no longer sign but still verify the reports they signed.",
      tags: ["Reports"],
      responses: okResponse(
        ZPublicKeys,
        "`keyId`, `algorithm` (Ed25519), `publicKeyPem`, `jwk`, `signs`, and `retired`: `keyId`, `algorithm`, `publicKeyPem`, `jwk`, `createdAt`, `retiredAt` for each retired key, newest first.",
      ),
    },
  },
  () => getPublicKeys(),
);
