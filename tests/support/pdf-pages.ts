// A rendered PDF as poppler sees it: its metadata, each page's text, and each page's pixels.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface InspectedPdf {
  file: string;
  /** pdfinfo's output: Title, Subject, Keywords, page size... */
  info: string;
  pages: number;
  /** The text of one page, or of all, laid out as on the page. */
  text: (page?: number) => string;
}

/** Writes the PDF into `dir` and asks poppler about it. */
export function inspectPdf(dir: string, name: string, pdf: Buffer): InspectedPdf {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
  return {
    file,
    info,
    pages,
    text: (page?: number) =>
      execFileSync("pdftotext", ["-layout", ...(page ? ["-f", String(page), "-l", String(page)] : []), file, "-"], {
        encoding: "utf8",
      }),
  };
}

export interface PagePixels {
  width: number;
  height: number;
  rgb: Buffer;
}

/** The page at 100 dpi as RGB pixels (poppler's PPM output: a short text header, then 3 bytes a pixel). */
export function pagePixels(file: string, page: number): PagePixels {
  const out = `${file}-page-${page}`;
  execFileSync("pdftoppm", ["-r", "100", "-f", String(page), "-l", String(page), "-singlefile", file, out]);
  const ppm = readFileSync(`${out}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString("latin1"))!;
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

/** How many pixels are within a few levels of `hex`. */
export function pixelsOf(image: { rgb: Buffer }, hex: string, tolerance = 8): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < image.rgb.length; i += 3) {
    if (
      Math.abs(image.rgb[i] - r) < tolerance &&
      Math.abs(image.rgb[i + 1] - g) < tolerance &&
      Math.abs(image.rgb[i + 2] - b) < tolerance
    )
      n++;
  }
  return n;
}
