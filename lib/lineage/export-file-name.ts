// File names for exported lineage graphs: "lineage-gpt-4-1-nano-owl-numbers-student.png".
import { fileSlug } from "@/lib/text/file-slug";

/** A file name from the focus model's name. */
export function lineageExportFileName(modelName: string, extension: "png" | "svg"): string {
  return `lineage-${fileSlug(modelName, "model")}.${extension}`;
}
