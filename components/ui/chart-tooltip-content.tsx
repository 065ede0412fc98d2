import type { ReactNode } from "react";

/** What recharts passes a Tooltip's content: whether the pointer is on a datum, and that datum. */
interface HoverProps<Row> {
  active?: boolean;
  payload?: readonly { payload?: Row }[];
}

/**
 * A recharts Tooltip's `content`: the tooltip of the hovered datum (the row the chart was given),
 * or nothing when the pointer is over no datum.
 */
export function tooltipContent<Row>(render: (row: Row) => ReactNode) {
  function HoveredTooltip({ active, payload }: HoverProps<Row>) {
    const row = payload?.[0]?.payload;
    return active && row ? render(row) : null;
  }
  return HoveredTooltip;
}
