// The PDF's tables of models, datasets, generations and runs, and the notes written on them.
import { withNotesInPageSizedRows } from "../notes-table";
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
  // A report without notes reads as it did before there were any.
  if (tables.notes.rows.length > 0) drawTable(canvas, withNotesInPageSizedRows(tables.notes), "Notes");
}
