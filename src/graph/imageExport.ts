// PNG and SVG of the current view, each with a footer naming the sources shown.
import cytoscape, { type Core } from "cytoscape";

export interface ImageExporter {
  png(scale: 2 | 4, footer: readonly string[]): Promise<Blob>;
  svg(footer: readonly string[]): Promise<string>;
}

const FOOTER_FONT = 12;
const LINE = 16;
const PAD = 8;

export function createImageExporter(cy: Core, background: string, ink: string): ImageExporter {
  return {
    async png(scale, footer) {
      const blob = cy.png({
        output: "blob",
        scale,
        bg: background,
        full: false,
      }) as unknown as Blob;
      const image = await createImageBitmap(blob);
      const footerHeight = (PAD * 2 + footer.length * LINE) * scale;
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height + footerHeight;
      const ctx = canvas.getContext("2d");
      if (!ctx) throw new Error("no 2D canvas");
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(image, 0, 0);
      ctx.fillStyle = ink;
      ctx.font = `${FOOTER_FONT * scale}px system-ui, sans-serif`;
      footer.forEach((line, i) =>
        ctx.fillText(line, PAD * scale, image.height + (PAD + LINE * (i + 0.8)) * scale),
      );
      return new Promise((ok, fail) =>
        canvas.toBlob((b) => (b ? ok(b) : fail(new Error("PNG failed"))), "image/png"),
      );
    },
    async svg(footer) {
      const { default: svgExt } = await import("cytoscape-svg");
      cytoscape.use(svgExt);
      const svg = (cy as unknown as { svg(o: object): string }).svg({
        full: false,
        bg: background,
      });
      return addSvgFooter(svg, footer, ink);
    },
  };
}

/** Append footer lines below an SVG drawing, growing its height and viewBox to make room. */
export function addSvgFooter(svg: string, footer: readonly string[], ink: string): string {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const root = doc.documentElement;
  const width = parseFloat(root.getAttribute("width") ?? "0");
  const height = parseFloat(root.getAttribute("height") ?? "0");
  const extra = PAD * 2 + footer.length * LINE;
  root.setAttribute("height", String(height + extra));
  root.setAttribute("viewBox", `0 0 ${width} ${height + extra}`);
  const ns = "http://www.w3.org/2000/svg";
  const g = doc.createElementNS(ns, "g");
  g.setAttribute("font-family", "system-ui, sans-serif");
  g.setAttribute("font-size", String(FOOTER_FONT));
  g.setAttribute("fill", ink);
  footer.forEach((line, i) => {
    const text = doc.createElementNS(ns, "text");
    text.setAttribute("x", String(PAD));
    text.setAttribute("y", String(height + PAD + LINE * (i + 0.8)));
    text.textContent = line; // text, never markup
    g.appendChild(text);
  });
  root.appendChild(g);
  return new XMLSerializer().serializeToString(doc);
}
