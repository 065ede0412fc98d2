// The Wilson score interval for a proportion. A small stand-in until the statistics module exists.

/** z for a two-sided 95% interval. */
const Z_95 = 1.959963984540054;

/** Wilson score interval of `positives` out of `samples` (95% by default). */
export function wilsonInterval(positives: number, samples: number, z: number = Z_95): { low: number; high: number } {
  if (!Number.isInteger(samples) || samples <= 0) throw new RangeError("samples must be a positive integer");
  if (!Number.isInteger(positives) || positives < 0 || positives > samples) throw new RangeError("positives must be an integer in 0..samples");
  const p = positives / samples;
  const z2 = z * z;
  const centre = (p + z2 / (2 * samples)) / (1 + z2 / samples);
  const half = (z / (1 + z2 / samples)) * Math.sqrt((p * (1 - p)) / samples + z2 / (4 * samples * samples));
  // Clamp rounding so that low <= p <= high holds exactly at the boundaries.
  return { low: Math.max(0, Math.min(p, centre - half)), high: Math.min(1, Math.max(p, centre + half)) };
}
