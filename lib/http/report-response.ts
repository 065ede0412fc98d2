import type { GeneratedReport } from "@/lib/reports/generate-report";

/** A report as a file download, with its record's identity, digest and signature in headers. */
export function reportResponse(
  { report, content, contentType }: Pick<GeneratedReport, "report" | "content" | "contentType">,
  status = 200,
): Response {
  return new Response(new Uint8Array(content), {
    status,
    headers: {
      "content-type": contentType,
      "content-length": String(content.byteLength),
      "content-disposition": `attachment; filename="${report.fileName}"`,
      "cache-control": "no-store",
      "x-pedigree-report-id": report.id,
      "x-pedigree-sha256": report.sha256,
      "x-pedigree-signature": report.signature,
      "x-pedigree-key-id": report.keyId,
    },
  });
}

/** The public URL reports name as their instance: NEXTAUTH_URL when set (behind a proxy), else the request's origin. */
export function instanceBaseUrl(request: Request, configured: string | undefined): string {
  return (configured ?? new URL(request.url).origin).replace(/\/+$/, "");
}
