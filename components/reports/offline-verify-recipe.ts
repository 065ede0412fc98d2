// The shell recipe the Reports page gives for checking a report without Pedigree: only grep, perl, and
// OpenSSL 3 (for Ed25519 with -rawin). tests/unit/reports-ui-offline-recipe.test.ts runs it on a signed file.

export interface RecipeStep {
  title: string;
  /** What the reader should see, when there is something to compare. */
  expect?: string;
  command: string;
}

const SLOT_REGEX = "pedigree-signature:v1:[0-9a-f]{16}:[0-9a-f]{64}:[A-Za-z0-9_-]{86}";

/** The steps, for a report saved as `fileName`, against the instance at `baseUrl`. */
export function offlineVerifyRecipe(baseUrl: string, fileName = "report.pdf"): RecipeStep[] {
  const quotedName = `'${fileName.replace(/'/g, "'\\''")}'`;
  return [
    {
      title: "Save this instance's public key",
      command: `curl -s ${baseUrl.replace(/\/+$/, "")}/api/v1/reports/public-key | jq -r .publicKeyPem > key.pem`,
    },
    {
      title: "Read the signature slot: key id, SHA-256, signature",
      expect: "The key id is the one shown above.",
      command: [
        `REPORT=${quotedName}`,
        `slot=$(grep -aoE '${SLOT_REGEX}' "$REPORT" | head -n 1)`,
        `IFS=: read -r _ _ keyid digest sig <<< "$slot"`,
        `echo "$keyid"`,
      ].join("\n"),
    },
    {
      title: "Blank every slot to zeros and hash the bytes",
      expect: "The same SHA-256 as $digest: the file's content is the one that was signed.",
      command: [
        `perl -0777 -pe 's/(pedigree-signature:v1:)[0-9a-f]{16}:[0-9a-f]{64}:[A-Za-z0-9_-]{86}/$1 . "0" x 16 . ":" . "0" x 64 . ":" . "0" x 86/ge' "$REPORT" > blank.bin`,
        `openssl dgst -sha256 -binary blank.bin > digest.bin`,
        `openssl dgst -sha256 -r blank.bin; echo "$digest"`,
      ].join("\n"),
    },
    {
      title: "Check the Ed25519 signature over the 32 digest bytes",
      expect: "Signature Verified Successfully",
      command: [
        `printf '%s==' "$sig" | tr '_-' '/+' | base64 -d > sig.bin`,
        `openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in digest.bin -sigfile sig.bin`,
      ].join("\n"),
    },
  ];
}
