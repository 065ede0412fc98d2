// The dot of a measurement chart: filled in its series colour, or hollow (a control).

interface ShapeProps {
  cx?: number;
  cy?: number;
}

export function ratePointShape(colour: string, hollow: boolean, radius = 6) {
  function RatePoint({ cx, cy }: ShapeProps) {
    if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return <g />;
    return hollow ? (
      <circle cx={cx} cy={cy} r={radius} fill="var(--surface)" stroke={colour} strokeWidth={2.2} />
    ) : (
      <circle cx={cx} cy={cy} r={radius} fill={colour} stroke="var(--surface)" strokeWidth={1.5} />
    );
  }
  return RatePoint;
}
