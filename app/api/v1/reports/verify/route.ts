import { withApi } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { ZVerifyAnswer } from "@/lib/reports/verification.types";
import { verifyUploadedReport, MAX_VERIFY_BYTES } from "@/lib/reports/verify-uploaded-report";

export const POST = withApi(
  {
    scope: null,
    docs: {
      summary: "Check that a report is intact and was signed here",
      description: `Public: send the report file, or the DSSE envelope of an in-toto report, as the request body (\`curl --data-binary @report.pdf\`), at most ${MAX_VERIFY_BYTES / 1024 / 1024} MB. Answers \`status\` valid, tampered, unknown-key or unsigned, with \`intact\` (the bytes are those signed), \`signedHere\` (by this instance's key), the digest the report claims and the one computed, and the report's record when it was generated here. Nothing is stored.`,
      tags: ["Reports"],
      rawBody: {
        contentTypes: [
          "application/octet-stream",
          "application/pdf",
          "application/json",
          "application/vnd.dsse.envelope.v1+json",
          "text/html",
          "text/csv",
        ],
        description: "The report file (or in-toto envelope), as it was downloaded.",
      },
      responses: okResponse(
        ZVerifyAnswer,
        "`status`, `intact`, `signedHere`, `keyId`, `claimedDigest`, `computedDigest`, `reason`, and the `report`'s record when it was generated here (else null).",
      ),
      problems: { 400: "The body is empty.", 413: "The file is larger than the limit." },
    },
  },
  async ({ request }) => verifyUploadedReport(await readLimitedBody(request, MAX_VERIFY_BYTES, "Reports to verify")),
);
