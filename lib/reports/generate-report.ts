import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { APP_VERSION } from "@/lib/version";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";
import { bundleDigest } from "./bundle-digest";
import { collectProvenance, type ReportRequest } from "./collect-provenance";
import { toStoredFormat, type ReportFormatName } from "./report-format-labels";
import { REPORT_FORMAT_DETAILS } from "./report-formats";
import { toReportDto } from "./report-dto";
import { signEnvelopeReport } from "./report-envelope";
import { signReport } from "./report-signature";
import type { ReportDto } from "./report.types";
import { getSigningKey } from "./signing-key";

export interface GeneratedReport {
  report: ReportDto;
  content: Buffer;
  contentType: string;
}

/**
 * Gathers a subject's provenance, writes it in the format asked for, signs it with the instance key,
 * and keeps the signed bytes with a record of who asked, in one transaction with the audit event.
 */
export async function generateReport(
  actor: Actor,
  request: ReportRequest & { format: ReportFormatName },
  baseUrl: string,
): Promise<GeneratedReport> {
  const prisma = await db();
  const key = await getSigningKey(prisma);
  const format = REPORT_FORMAT_DETAILS[request.format];
  const reportId = `rpt_${randomBytes(9).toString("base64url")}`;
  const generatedAt = new Date();
  const bundle = await collectProvenance(request, {
    reportId,
    generatedAt,
    generatedBy: actor.label,
    instance: { name: "Pedigree", baseUrl, version: APP_VERSION, keyId: key.keyId },
  });
  const rendered = await format.render(bundle);
  const bytes = typeof rendered === "string" ? Buffer.from(rendered, "utf8") : rendered;
  const signed =
    format.signing === "dsse"
      ? signEnvelopeReport(bytes, key.privateKey, key.keyId)
      : signReport(bytes, key.privateKey);

  const row = await prisma.$transaction(
    async (tx) => {
      const created = await tx.report.create({
        data: {
          id: reportId,
          format: toStoredFormat(request.format),
          scope: request.scope,
          subjectId: bundle.subject.id,
          subjectName: bundle.subject.name,
          sha256: signed.digest,
          signature: signed.signature,
          keyId: key.keyId,
          dataSha256: bundleDigest(bundle),
          byteSize: signed.content.byteLength,
          content: new Uint8Array(signed.content),
          createdById: actor.userId,
          createdByLabel: actor.label,
          createdAt: generatedAt,
        },
        omit: { content: true },
      });
      const dto = toReportDto(created);
      const { signature: _signature, ...summary } = dto;
      await recordAuditEvent(tx, actor, {
        action: "report.export",
        entityType: "report",
        entityId: reportId,
        after: summary,
      });
      const trait =
        request.scope === "trait"
          ? await tx.trait.findUnique({ where: { id: dto.subject.id }, select: { id: true, slug: true, name: true } })
          : null;
      await emitWebhookEvent(tx, {
        event: "report.signed",
        data: {
          ...(trait ? { trait } : { model: dto.subject }),
          report: { id: dto.id, format: dto.format, scope: dto.scope, sha256: dto.sha256, keyId: dto.keyId },
        },
      });
      return dto;
      // The signed bytes go in with the row: a report of a long lineage is megabytes, which Prisma's default of 5 s
      // for the whole transaction does not always cover on a busy server.
    },
    { timeout: 60_000 },
  );
  return { report: row, content: signed.content, contentType: format.contentType };
}
