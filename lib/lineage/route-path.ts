// An SVG path through an orthogonal edge route, its corners rounded.
import type { ElkPoint } from "elkjs/lib/elk-api";

const round = (value: number) => Math.round(value * 10) / 10;

/** "M x y L ... Q ..." through `points`, each bend rounded with at most `radius` (less where segments are short). */
export function routePath(points: readonly ElkPoint[], radius = 8): string {
  if (points.length === 0) return "";
  const [first] = points;
  let path = `M ${round(first.x)} ${round(first.y)}`;
  for (let index = 1; index < points.length - 1; index++) {
    const [previous, corner, next] = [points[index - 1], points[index], points[index + 1]];
    const before = Math.hypot(corner.x - previous.x, corner.y - previous.y);
    const after = Math.hypot(next.x - corner.x, next.y - corner.y);
    const r = Math.min(radius, before / 2, after / 2);
    if (r <= 0) {
      path += ` L ${round(corner.x)} ${round(corner.y)}`;
      continue;
    }
    const enter = {
      x: corner.x - ((corner.x - previous.x) / before) * r,
      y: corner.y - ((corner.y - previous.y) / before) * r,
    };
    const leave = { x: corner.x + ((next.x - corner.x) / after) * r, y: corner.y + ((next.y - corner.y) / after) * r };
    path += ` L ${round(enter.x)} ${round(enter.y)} Q ${round(corner.x)} ${round(corner.y)} ${round(leave.x)} ${round(leave.y)}`;
  }
  const last = points[points.length - 1];
  return points.length > 1 ? `${path} L ${round(last.x)} ${round(last.y)}` : path;
}
