// The little marks of a chart's legend, drawn as the chart draws them.

/** A point with its interval whisker: filled in `colour`, or hollow for a control. */
export function PointMark({ colour, hollow = false }: { colour: string; hollow?: boolean }) {
  return (
    <svg width="14" height="16" viewBox="0 0 14 16" aria-hidden="true">
      <line x1="7" y1="1" x2="7" y2="15" stroke={colour} strokeWidth="1.5" />
      <line x1="4" y1="1" x2="10" y2="1" stroke={colour} strokeWidth="1.5" />
      <line x1="4" y1="15" x2="10" y2="15" stroke={colour} strokeWidth="1.5" />
      <circle
        cx="7"
        cy="8"
        r="4.5"
        fill={hollow ? "var(--surface)" : colour}
        stroke={hollow ? colour : "var(--surface)"}
        strokeWidth={hollow ? 2 : 1.2}
      />
    </svg>
  );
}

/** A dashed reference line. */
export function DashMark({ colour }: { colour: string }) {
  return (
    <svg width="22" height="10" viewBox="0 0 22 10" aria-hidden="true">
      <line x1="0" y1="5" x2="22" y2="5" stroke={colour} strokeWidth="1.6" strokeDasharray="5 3" />
    </svg>
  );
}

/** A point with no interval: the dot inside a dashed ring. */
export function NoIntervalMark({ colour }: { colour: string }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8" r="6.8" fill="none" stroke={colour} strokeWidth="1.1" strokeDasharray="2.2 1.8" />
      <circle cx="8" cy="8" r="3.6" fill={colour} />
    </svg>
  );
}

/** An interval bar cut at the axis: an arrowhead. */
export function ClipMark({ colour }: { colour: string }) {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <path d="M 1 3 L 11 3 L 6 10 Z" fill={colour} />
    </svg>
  );
}
