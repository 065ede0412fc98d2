// A file size for tables: 1536 -> "1.5 KB". Decimal units, as dataset hosts show them.
const UNITS: [number, string][] = [
  [1e12, "TB"],
  [1e9, "GB"],
  [1e6, "MB"],
  [1e3, "KB"],
];

export function formatByteSize(bytes: number): string {
  for (const [size, unit] of UNITS) {
    if (bytes >= size) {
      const scaled = bytes / size;
      return `${scaled.toFixed(scaled >= 100 ? 0 : 1).replace(/\.0$/, "")} ${unit}`;
    }
  }
  return `${bytes} B`;
}
