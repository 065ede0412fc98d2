// Client-safe number formatting for tables and headers.

const integerFormat = new Intl.NumberFormat("en-US");

export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

/** 7_615_616_512 -> "7.6 B"; 124_000_000 -> "124 M". */
export function formatParameterCount(count: number): string {
  const units: [number, string][] = [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"],
  ];
  for (const [size, unit] of units) {
    if (count >= size) {
      const scaled = count / size;
      const digits = scaled >= 100 ? 0 : 1;
      return `${scaled.toFixed(digits).replace(/\.0$/, "")} ${unit}`;
    }
  }
  return String(count);
}

/** A rate in [0, 1] as a percentage: 0.6234 -> "62.3%". */
export function formatPercent(rate: number, digits = 1): string {
  return `${(rate * 100).toFixed(digits)}%`;
}
