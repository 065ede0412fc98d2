// A worker thread that renders PDF reports (see pdf-render-pool.ts): one bundle in, the PDF's bytes out,
// with the stage it has reached reported on the way, so that the server's event loop stays free.
import { parentPort } from "node:worker_threads";
import type { ProvenanceBundle } from "../provenance.types";
import { renderPdfReport } from "./render-pdf-report";
import type { PdfWorkerReply } from "./pdf-render-messages";

if (!parentPort) throw new Error("pdf-render-worker.ts runs as a worker thread");
const port = parentPort;

port.on("message", (bundle: ProvenanceBundle) => {
  const reply = (message: PdfWorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  renderPdfReport(bundle, (stage) => reply({ kind: "stage", stage }))
    .then((pdf) => {
      // A copy the size of the file, so that its memory can be handed over rather than copied again.
      const bytes = new Uint8Array(pdf);
      reply({ kind: "done", pdf: bytes }, [bytes.buffer]);
    })
    .catch((error: unknown) =>
      reply({ kind: "failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
});
