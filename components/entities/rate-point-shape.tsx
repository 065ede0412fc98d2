// The dot of a measurement chart: filled in its series colour, or hollow (a control). A point with
// no interval (one value, or no spread) gets a dashed ring, so that its missing bar is not read as
// a tiny interval.

interface ShapeProps {
  cx?: number;
  cy?: number;
  payload?: { noInterval?: string };
}

export function ratePointShape(colour: string, hollow: boolean, radius = 6) {
  function RatePoint({ cx, cy, payload }: ShapeProps) {
    if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return <g />;
    return (
      <g>
        {payload?.noInterval && (
          <circle
            cx={cx}
            cy={cy}
            r={radius + 4}
            fill="none"
            stroke={colour}
            strokeWidth={1.2}
            strokeDasharray="2.5 2"
          />
        )}
        {hollow ? (
          <circle cx={cx} cy={cy} r={radius} fill="var(--surface)" stroke={colour} strokeWidth={2.2} />
        ) : (
          <circle cx={cx} cy={cy} r={radius} fill={colour} stroke="var(--surface)" strokeWidth={1.5} />
        )}
      </g>
    );
  }
  return RatePoint;
}

/** The end of an error bar cut at the axis: a small arrowhead pointing past it. */
export function clipMarkShape(colour: string) {
  function ClipMark({ cx, cy, payload }: ShapeProps & { payload?: { direction?: "down" | "up" } }) {
    if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return <g />;
    const d = payload?.direction === "up" ? -1 : 1;
    return <path d={`M ${cx - 5} ${cy - 4 * d} L ${cx + 5} ${cy - 4 * d} L ${cx} ${cy + 3 * d} Z`} fill={colour} />;
  }
  return ClipMark;
}
