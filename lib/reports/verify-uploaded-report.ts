import "server-only";
import { db } from "@/lib/db";
import { toReportDto } from "./report-dto";
import { verifyEnvelopeReport } from "./report-envelope";
import { verifyReport, withReportRecord } from "./report-signature";
import { listSigningKeys } from "./list-signing-keys";
import type { VerifyAnswer } from "./verification.types";

export const MAX_VERIFY_BYTES = 64 * 1024 * 1024;

export type { VerifyAnswer };

/**
 * Verifies a report file (one with signature slots, or an in-toto DSSE envelope) against this instance's keys and
 * finds the record it was generated as.
 */
export async function verifyUploadedReport(content: Buffer): Promise<VerifyAnswer> {
  const prisma = await db();
  // Retired keys too: a report signed before a rotation still verifies.
  const keys = await listSigningKeys();
  const result = verifyEnvelopeReport(content, keys) ?? verifyReport(content, keys);
  const row =
    result.signedHere && result.claimedDigest && result.keyId
      ? await prisma.report.findFirst({
          where: { sha256: result.claimedDigest, keyId: result.keyId },
          omit: { content: true },
        })
      : null;
  if (!row) return { ...withReportRecord(result, false), report: null };
  const { signature: _signature, ...report } = toReportDto(row);
  return { ...withReportRecord(result, true), report };
}
