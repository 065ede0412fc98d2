// File names for exported lineage graphs: "lineage-gpt-4-1-nano-owl-numbers-student.png".

/** A file name from the focus model's name: lower case, ASCII letters and digits joined by hyphens. */
export function lineageExportFileName(modelName: string, extension: "png" | "svg"): string {
  const slug = modelName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return `lineage-${slug || "model"}.${extension}`;
}
