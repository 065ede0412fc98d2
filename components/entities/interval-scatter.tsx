import type { ReactNode } from "react";
import { ErrorBar, Scatter } from "recharts";
import { ratePointShape } from "./rate-point-shape";

interface IntervalScatterProps {
  name: string;
  /** Points with an `error` pair: below and above (or left and right of) the estimate. */
  data: readonly object[];
  colour: string;
  hollow?: boolean;
  /** "y" for a vertical whisker (models along the x axis), "x" for a horizontal one. */
  direction: "x" | "y";
  whiskerWidth: number;
  xAxisId?: string;
  /** E.g. a LabelList of the values. */
  children?: ReactNode;
}

/** A series of estimates, each a dot with its 95% interval as a whisker, in the series' colour. */
export function IntervalScatter({
  name,
  data,
  colour,
  hollow = false,
  direction,
  whiskerWidth,
  xAxisId,
  children,
}: IntervalScatterProps) {
  return (
    <Scatter xAxisId={xAxisId} name={name} data={data} shape={ratePointShape(colour, hollow)} isAnimationActive={false}>
      <ErrorBar
        dataKey="error"
        direction={direction}
        width={whiskerWidth}
        stroke={colour}
        strokeWidth={1.75}
        isAnimationActive={false}
      />
      {children}
    </Scatter>
  );
}
