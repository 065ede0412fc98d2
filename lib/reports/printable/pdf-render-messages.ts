// What a PDF render worker sends back to the pool.
import type { PdfRenderStage } from "./render-pdf-report";

export type PdfWorkerReply =
  { kind: "stage"; stage: PdfRenderStage } | { kind: "done"; pdf: Uint8Array } | { kind: "failed"; message: string };
