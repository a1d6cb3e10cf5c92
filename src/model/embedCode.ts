// The iframe code a writer pastes into a blog post (used by the Embed dialog and oembed.json).

export const EMBED_FALLBACK_HEIGHT = 560;

const attr = (s: string) =>
  s
    .replaceAll("&", "&amp;")
    .replaceAll('"', "&quot;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");

export function iframeCode(src: string, title: string, height = EMBED_FALLBACK_HEIGHT): string {
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" loading="lazy" width="100%" height="${height}" ` +
    `style="border:0;width:100%" allow="fullscreen" allowfullscreen data-quotegraph></iframe>`
  );
}

/** The optional parent snippet: lets the iframe size itself from the height it posts. */
export function resizeScriptTag(scriptUrl: string): string {
  return `<script src="${attr(scriptUrl)}" async></script>`;
}
