// Vite plugin: a static oembed.json and its discovery <link> in the built index.html.
// oEmbed consumers need absolute addresses: set QUOTEGRAPH_PUBLIC_URL (the URL the built app is
// served at, ending in /) when building for a host; without it the addresses are relative.
import type { Plugin } from "vite";
import { EMBED_FALLBACK_HEIGHT, iframeCode } from "../src/model/embedCode.ts";

export const OEMBED_FILE = "oembed.json";
const TITLE = "Quotegraph: the people behind OpenAI's Sora";

export function oembed(publicUrl = process.env.QUOTEGRAPH_PUBLIC_URL ?? ""): Plugin {
  const base = publicUrl && !publicUrl.endsWith("/") ? `${publicUrl}/` : publicUrl;
  return {
    name: "quotegraph-oembed",
    apply: "build",
    transformIndexHtml() {
      return [
        {
          tag: "link",
          attrs: {
            rel: "alternate",
            type: "application/json+oembed",
            href: `${base}${OEMBED_FILE}`,
            title: TITLE,
          },
          injectTo: "head",
        },
      ];
    },
    generateBundle() {
      const json = {
        version: "1.0",
        type: "rich",
        provider_name: "Quotegraph",
        title: TITLE,
        width: 800,
        // A fixed height, the same as `height`: a consumer pastes the iframe alone, never the
        // host script, and the frame never resizes itself.
        height: EMBED_FALLBACK_HEIGHT,
        html: iframeCode(`${base}?embed=1`, TITLE, { height: EMBED_FALLBACK_HEIGHT }),
      };
      this.emitFile({
        type: "asset",
        fileName: OEMBED_FILE,
        source: `${JSON.stringify(json, null, 2)}\n`,
      });
    },
  };
}
