// The visible graph as a PNG or SVG file, after React Flow's "download image" example: render the
// viewport element at a transform that frames every node, whatever the user has panned to.
import { getNodesBounds, getViewportForBounds, type Node } from "@xyflow/react";
import { toPng, toSvg } from "html-to-image";

const MARGIN = 40;
const MAX_SIDE = 4096;
const SVG_STYLE = [
  "fill",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
];

/**
 * html-to-image copies computed styles onto HTML elements but not onto the shapes inside an SVG,
 * whose look comes from class rules the image does not carry: write those styles inline while the
 * image is drawn. Returns the undo.
 */
function inlineSvgStyles(root: HTMLElement): () => void {
  const shapes = [...root.querySelectorAll<SVGElement>("svg path, svg circle, svg rect, svg polyline")];
  const before = shapes.map((shape) => shape.getAttribute("style"));
  for (const shape of shapes) {
    const computed = getComputedStyle(shape);
    for (const name of SVG_STYLE) shape.style.setProperty(name, computed.getPropertyValue(name));
  }
  return () =>
    shapes.forEach((shape, index) => {
      const style = before[index];
      if (style === null) shape.removeAttribute("style");
      else shape.setAttribute("style", style);
    });
}

export async function exportLineageImage(
  format: "png" | "svg",
  viewport: HTMLElement,
  nodes: Node[],
  fileName: string,
): Promise<void> {
  const bounds = getNodesBounds(nodes);
  // Full size where it fits, scaled down for very large graphs.
  const scale = Math.min(1, MAX_SIDE / (bounds.width + 2 * MARGIN), MAX_SIDE / (bounds.height + 2 * MARGIN));
  const width = Math.ceil((bounds.width + 2 * MARGIN) * scale);
  const height = Math.ceil((bounds.height + 2 * MARGIN) * scale);
  const transform = getViewportForBounds(bounds, width, height, scale, scale, `${MARGIN * scale}px`);
  const background =
    getComputedStyle(viewport.closest(".react-flow") ?? document.body)
      .getPropertyValue("--xy-background-color")
      .trim() || "#ffffff";
  const options = {
    backgroundColor: background,
    width,
    height,
    pixelRatio: 2,
    // Controls that only make sense on screen (the nodes' Expand buttons) stay out of the image.
    filter: (node: HTMLElement) => !(node instanceof HTMLElement && "exportHidden" in node.dataset),
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${transform.x}px, ${transform.y}px) scale(${transform.zoom})`,
    },
  };
  const restore = inlineSvgStyles(viewport);
  let dataUrl: string;
  try {
    dataUrl = format === "png" ? await toPng(viewport, options) : await toSvg(viewport, options);
  } finally {
    restore();
  }
  const link = document.createElement("a");
  link.download = fileName;
  link.href = dataUrl;
  link.click();
}
