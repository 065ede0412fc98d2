// Whether 95% intervals overlap: the compare page's "Show only differences" hides a trait when
// every model's interval overlaps every other's (a cautious reading: overlap does not prove equality).

export interface Interval {
  low: number;
  high: number;
}

export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** Whether some pair of intervals is disjoint; with fewer than two there is nothing to compare. */
export function anyIntervalsDisjoint(intervals: readonly Interval[]): boolean {
  for (let i = 0; i < intervals.length; i++) {
    for (let j = i + 1; j < intervals.length; j++) {
      if (!intervalsOverlap(intervals[i], intervals[j])) return true;
    }
  }
  return false;
}

/** Whether an interval excludes a value (above or below). */
export function excludes(interval: Interval, value: number): boolean {
  return interval.low > value || interval.high < value;
}
