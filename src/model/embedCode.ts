// The iframe code a writer pastes into a blog post (used by the Embed dialog and oembed.json).

export const EMBED_FALLBACK_HEIGHT = 560;
/** The one aspect the Embed dialog offers; the host script reads any "w:h". */
export const EMBED_ASPECT = "16:9";
/** The helper script for the host page, next to index.html in dist/ (public/). */
export const EMBED_SCRIPT = "quotegraph-embed.js";

/**
 * How tall the frame is: the author's choice, made once. A fixed height in pixels, or an aspect
 * ratio of the column's width (set by the host script on load and when the page's layout
 * resizes the frame). Nothing a reader does inside the frame changes it.
 */
export type EmbedSize = { height: number } | { aspect: string };

const attr = (s: string) =>
  s
    .replaceAll("&", "&amp;")
    .replaceAll('"', "&quot;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");

/** "16:9" → [16, 9], or null when it is not two positive numbers. */
export function parseAspect(aspect: string): [number, number] | null {
  const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(aspect.trim());
  const w = Number(m?.[1]);
  const h = Number(m?.[2]);
  return m && w > 0 && h > 0 ? [w, h] : null;
}

export function iframeCode(
  src: string,
  title: string,
  size: EmbedSize = { height: EMBED_FALLBACK_HEIGHT },
): string {
  const ratio = "aspect" in size ? parseAspect(size.aspect) : null;
  const height = "height" in size ? Math.round(size.height) : EMBED_FALLBACK_HEIGHT;
  // With an aspect the CSS ratio sizes the frame before the script runs (and if a blog strips
  // scripts); the script keeps it at least MIN_HEIGHT tall on narrow columns.
  const style = ratio
    ? `border:0;width:100%;height:auto;aspect-ratio:${ratio[0]}/${ratio[1]}`
    : "border:0;width:100%";
  const aspect = ratio ? ` data-aspect="${ratio[0]}:${ratio[1]}"` : "";
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" loading="lazy" width="100%" height="${height}" ` +
    `style="${style}" allow="fullscreen" data-quotegraph${aspect}></iframe>`
  );
}

/** The host page's script, needed only for an aspect ratio. */
export function resizeScriptTag(scriptUrl: string): string {
  return `<script src="${attr(scriptUrl)}" async></script>`;
}

/** Everything to paste: the iframe, and the script when the height follows the width. */
export function embedSnippet(src: string, title: string, scriptUrl: string, size: EmbedSize) {
  const frame = iframeCode(src, title, size);
  return "aspect" in size ? `${frame}\n${resizeScriptTag(scriptUrl)}` : frame;
}
