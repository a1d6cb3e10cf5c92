// A dropped or chosen file as the plain text of a source: .txt as it is, .md and .html converted,
// with what was removed named.
import { markdownToText, type Converted } from "../../model/edit/plainText.ts";

const DROPPED = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "svg",
  "nav",
  "header",
  "footer",
];

export function htmlToText(html: string): Converted {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const removed: string[] = [];
  for (const tag of DROPPED) {
    const found = doc.querySelectorAll(tag);
    if (found.length > 0) removed.push(`${found.length} <${tag}>`);
    found.forEach((el) => el.remove());
  }
  for (const br of doc.querySelectorAll("br")) br.replaceWith("\n");
  const blocks = doc.body.querySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, div");
  blocks.forEach((b) => b.append("\n\n"));
  const tags = doc.body.querySelectorAll("*").length;
  if (tags > 0) removed.push(`${tags} HTML tags (their text kept)`);
  const text = (doc.body.textContent ?? "")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, removed };
}

export async function readSourceFile(file: File): Promise<Converted & { name: string }> {
  const raw = await file.text();
  const name = file.name.replace(/\.[^.]+$/, "");
  if (/\.html?$/i.test(file.name)) return { ...htmlToText(raw), name };
  if (/\.(md|markdown)$/i.test(file.name)) return { ...markdownToText(raw), name };
  return { text: raw, removed: [], name };
}
