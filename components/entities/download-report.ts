// Generates a report and saves it. Fetched by script rather than followed as a link, so that a
// problem+json answer (403, 404, 409) is shown in the page instead of replacing it.
import { saveBlob } from "@/components/ui/save-file";
import { sendRequest } from "@/lib/http/problem-client";
import { fileNameFromContentDisposition } from "./content-disposition";

export interface DownloadedReport {
  reportId: string | null;
  fileName: string;
  /** The signed digest (X-Pedigree-Sha256). */
  sha256: string | null;
  byteSize: number;
}

export async function downloadReport(url: string): Promise<DownloadedReport> {
  const response = await sendRequest(url, { credentials: "same-origin", headers: { accept: "*/*" } });
  const blob = await response.blob();
  const reportId = response.headers.get("x-pedigree-report-id");
  const fileName =
    fileNameFromContentDisposition(response.headers.get("content-disposition")) ?? `provenance-${reportId ?? "report"}`;
  saveBlob(blob, fileName);
  return { reportId, fileName, sha256: response.headers.get("x-pedigree-sha256"), byteSize: blob.size };
}
