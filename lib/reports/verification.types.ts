import { z } from "zod";
import { ZReportDto } from "./report.types";

// POST /api/v1/reports/verify: the schemas describe the response; the types are inferred from them.
const ZVerificationResult = z.object({
  /**
   * "valid-unknown-report": intact and signed by this instance's key, but no report with that digest was
   * issued by this instance (another instance sharing the key made it, or its record was deleted).
   */
  status: z.enum(["valid", "valid-unknown-report", "tampered", "unknown-key", "unsigned"]),
  /** The bytes are exactly those that were signed. */
  intact: z.boolean(),
  /** The signature is by one of this instance's keys (the current one or a retired one). */
  signedHere: z.boolean(),
  keyId: z.string().nullable(),
  /** The digest the report claims, and the one computed from its bytes. */
  claimedDigest: z.string().nullable(),
  computedDigest: z.string(),
  reason: z.string(),
});
export type VerificationResult = z.infer<typeof ZVerificationResult>;

export const ZVerifyAnswer = ZVerificationResult.extend({
  /** The record of the report the file claims to be, when it was generated here. */
  report: ZReportDto.omit({ signature: true }).nullable(),
});
export type VerifyAnswer = z.infer<typeof ZVerifyAnswer>;
