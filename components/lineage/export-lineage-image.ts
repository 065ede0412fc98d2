// The visible graph as a PNG or SVG file, after React Flow's "download image" example: render the
// viewport element at a transform that frames every node, whatever the user has panned to.
import { getNodesBounds, getViewportForBounds, type Node } from "@xyflow/react";
import { toPng, toSvg } from "html-to-image";

const MARGIN = 40;
const MAX_SIDE = 4096;

export async function exportLineageImage(format: "png" | "svg", viewport: HTMLElement, nodes: Node[], fileName: string): Promise<void> {
  const bounds = getNodesBounds(nodes);
  // Full size where it fits, scaled down for very large graphs.
  const scale = Math.min(1, MAX_SIDE / (bounds.width + 2 * MARGIN), MAX_SIDE / (bounds.height + 2 * MARGIN));
  const width = Math.ceil((bounds.width + 2 * MARGIN) * scale);
  const height = Math.ceil((bounds.height + 2 * MARGIN) * scale);
  const transform = getViewportForBounds(bounds, width, height, scale, scale, `${MARGIN * scale}px`);
  const background = getComputedStyle(viewport.closest(".react-flow") ?? document.body).getPropertyValue("--xy-background-color").trim() || "#ffffff";
  const options = {
    backgroundColor: background,
    width,
    height,
    pixelRatio: 2,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${transform.x}px, ${transform.y}px) scale(${transform.zoom})` },
  };
  const dataUrl = format === "png" ? await toPng(viewport, options) : await toSvg(viewport, options);
  const link = document.createElement("a");
  link.download = fileName;
  link.href = dataUrl;
  link.click();
}
