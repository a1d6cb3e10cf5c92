// The image files of an export, loaded on demand: the drawing (exportDrawing.ts) as PNG or SVG,
// with the footer below it.
import cytoscape, { type Core } from "cytoscape";
import { drawForExport } from "./exportDrawing.ts";
import { EXPORT_MARGIN, type ExportContents, type ExportScope } from "./imageExport.ts";

const FOOTER_FONT = 12;
const LINE = 16;
/**
 * The first footer line's baseline below the drawing's bottom edge. The margin is the gap above
 * the footer; the labels' line boxes leave a few pixels under their glyphs, which the footer
 * takes back, so the gap looks like the margin.
 */
const BASELINE = 6;
/** Footer lines wrap at the drawing's width, but never narrower than this (CSS pixels). */
const MIN_FOOTER_WIDTH = 560;
/** An image's pixel budget: a larger one is drawn at a smaller scale than asked. */
const MAX_PIXELS = 40e6;
const FONT = "system-ui, sans-serif";

let svgRegistered = false;

/** A PNG of `contents` at `scale` (less if it would pass MAX_PIXELS), the footer below it. */
export async function pngFile(
  cy: Core,
  contents: ExportContents,
  o: {
    scale: number;
    transparent: boolean;
    background: string;
    ink: string;
    labelPx: number | null;
    scope: ExportScope;
  },
  footer: readonly string[],
): Promise<Blob> {
  const { scale, transparent, background, ink } = o;
  const drawing = drawForExport(cy, contents, o.labelPx, o.scope);
  try {
    const { width, height } = drawing;
    const lines = wrapFooter(footer, Math.max(width - 2 * EXPORT_MARGIN, MIN_FOOTER_WIDTH));
    const w = Math.max(width, lines.width + 2 * EXPORT_MARGIN);
    const h = height + (lines.text.length - 1) * LINE + BASELINE + EXPORT_MARGIN;
    const s = Math.min(scale, Math.sqrt(MAX_PIXELS / (w * h)));
    const blob = drawing.copy.png({
      output: "blob",
      scale: s,
      full: false,
      ...(transparent ? {} : { bg: background }),
    }) as unknown as Blob;
    const image = await createImageBitmap(blob);
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(w * s);
    canvas.height = Math.round(h * s);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no 2D canvas");
    if (!transparent) {
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    }
    // A drawing narrower than its footer is centred above it.
    ctx.drawImage(image, Math.round(((w - width) / 2) * s), 0);
    ctx.fillStyle = ink;
    ctx.font = `${FOOTER_FONT * s}px ${FONT}`;
    ctx.textBaseline = "alphabetic";
    lines.text.forEach((line, i) =>
      ctx.fillText(line, EXPORT_MARGIN * s, (height + LINE * i + BASELINE) * s),
    );
    return await new Promise<Blob>((ok, fail) =>
      canvas.toBlob((b) => (b ? ok(b) : fail(new Error("PNG failed"))), "image/png"),
    );
  } finally {
    drawing.destroy();
  }
}

/** An SVG of `contents`, the footer below it. */
export async function svgFile(
  cy: Core,
  contents: ExportContents,
  o: { background: string; ink: string; labelPx: number | null; scope: ExportScope },
  footer: readonly string[],
): Promise<string> {
  const { background, ink } = o;
  const { default: svgExt } = await import("cytoscape-svg");
  if (!svgRegistered) cytoscape.use(svgExt);
  svgRegistered = true;
  const drawing = drawForExport(cy, contents, o.labelPx, o.scope);
  try {
    const svg = (drawing.copy as unknown as { svg(o: object): string }).svg({
      full: false,
      scale: 1,
      bg: background,
    });
    const lines = wrapFooter(footer, Math.max(drawing.width - 2 * EXPORT_MARGIN, MIN_FOOTER_WIDTH));
    return addSvgFooter(svg, lines.text, ink, background, lines.width + 2 * EXPORT_MARGIN);
  } finally {
    drawing.destroy();
  }
}

/** Footer lines broken at spaces (or anywhere, in text without them) to fit `max` pixels. */
export function wrapFooter(
  footer: readonly string[],
  max: number,
  measure: (text: string) => number = canvasMeasure(),
): { text: string[]; width: number } {
  const text: string[] = [];
  for (const line of footer) {
    let rest = line;
    while (measure(rest) > max) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > max) cut--;
      const space = rest.lastIndexOf(" ", cut);
      if (space > cut / 2) cut = space;
      text.push(rest.slice(0, cut).trimEnd());
      rest = rest.slice(cut).trimStart();
    }
    text.push(rest);
  }
  return { text, width: Math.ceil(Math.max(0, ...text.map(measure))) };
}

function canvasMeasure(): (text: string) => number {
  const ctx = document.createElement("canvas").getContext("2d");
  if (!ctx) return (t) => t.length * FOOTER_FONT * 0.6;
  ctx.font = `${FOOTER_FONT}px ${FONT}`;
  return (t) => ctx.measureText(t).width;
}

/**
 * Append footer lines below an SVG drawing, growing its height (and its width to `minWidth`, the
 * drawing centred) and viewBox to make room.
 */
export function addSvgFooter(
  svg: string,
  footer: readonly string[],
  ink: string,
  background: string,
  minWidth = 0,
): string {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const root = doc.documentElement;
  const ns = "http://www.w3.org/2000/svg";
  const width = parseFloat(root.getAttribute("width") ?? "0");
  const height = parseFloat(root.getAttribute("height") ?? "0");
  const w = Math.max(width, minWidth);
  const h = height + (footer.length - 1) * LINE + BASELINE + EXPORT_MARGIN;
  const drawing = doc.createElementNS(ns, "g");
  drawing.setAttribute("transform", `translate(${(w - width) / 2} 0)`);
  while (root.firstChild) drawing.appendChild(root.firstChild);
  const ground = doc.createElementNS(ns, "rect");
  for (const [k, v] of [
    ["width", w],
    ["height", h],
    ["fill", background],
  ] as const)
    ground.setAttribute(k, String(v));
  root.append(ground, drawing);
  root.setAttribute("width", String(w));
  root.setAttribute("height", String(h));
  root.setAttribute("viewBox", `0 0 ${w} ${h}`);
  const g = doc.createElementNS(ns, "g");
  g.setAttribute("font-family", FONT);
  g.setAttribute("font-size", String(FOOTER_FONT));
  g.setAttribute("fill", ink);
  footer.forEach((line, i) => {
    const text = doc.createElementNS(ns, "text");
    text.setAttribute("x", String(EXPORT_MARGIN));
    text.setAttribute("y", String(height + LINE * i + BASELINE));
    text.textContent = line; // text, never markup
    g.appendChild(text);
  });
  root.appendChild(g);
  return new XMLSerializer().serializeToString(doc);
}
