// The PDF's tables of models, datasets, generations and runs.
import type { ReportOutline } from "../report-outline";
import type { PdfCanvas } from "./pdf-canvas";
import { drawSectionHeading } from "./pdf-heading";
import { drawTable } from "./pdf-table";

export function drawRecordsSection(canvas: PdfCanvas, outline: ReportOutline): void {
  const { tables } = outline;
  canvas.addPage("portrait");
  drawSectionHeading(canvas, "3. Models, datasets, generations and runs");
  drawTable(canvas, tables.models, "Models");
  drawTable(canvas, tables.datasets, "Datasets");
  drawTable(canvas, tables.generations, "Generations (a teacher writing a dataset)");
  drawTable(canvas, tables.runs, "Training runs");
  drawTable(canvas, tables.transfers, "Transfer effects (each subject's run, as its run page states them)");
}
