// The axes the dataset charts share: a ruled bottom axis titled under it, and a left axis of whole counts.
import { formatInteger } from "@/lib/format/format-number";
import { chartTheme } from "./chart-theme";

/** A bottom axis: muted ticks without tick marks on a ruled line, its title under the ticks. */
export function bottomAxisProps(title: string, offset = -12) {
  return {
    tick: chartTheme.tick,
    tickLine: false,
    axisLine: { stroke: chartTheme.axis },
    label: { value: title, position: "insideBottom", offset, ...chartTheme.label },
  } as const;
}

/** A left axis of counts: whole numbers, grouped, titled along the axis. */
export function countAxisProps(title: string) {
  return {
    allowDecimals: false,
    tick: chartTheme.tick,
    tickLine: false,
    axisLine: false,
    width: 52,
    tickFormatter: (value: number) => formatInteger(value),
    label: { value: title, angle: -90, position: "insideLeft", offset: 10, ...chartTheme.label },
  } as const;
}
