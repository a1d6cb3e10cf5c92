// Markdown to the plain text quotes are checked against, saying what was taken out.

export interface Converted {
  text: string;
  /** What was removed, for the author to see (e.g. "2 link addresses"). */
  removed: string[];
}

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

export function markdownToText(md: string): Converted {
  let links = 0;
  let images = 0;
  let marks = 0;
  let fences = 0;
  const text = md
    .replace(/^```.*$/gm, () => (fences++, ""))
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, (_, alt: string) => (images++, alt))
    .replace(/\[([^\]]+)\]\([^)]*\)/g, (_, t: string) => (links++, t))
    .replace(/^(#{1,6})[ \t]+/gm, () => (marks++, ""))
    .replace(/^[ \t]*>[ \t]?/gm, () => (marks++, ""))
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`\n]+?)\1/g, (_, _m: string, t: string) => (marks++, t))
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const removed = [
    links > 0 ? count(links, "link address", "link addresses") : "",
    images > 0 ? count(images, "image (its alt text kept)", "images (their alt text kept)") : "",
    marks > 0 ? count(marks, "formatting mark", "formatting marks") : "",
    fences > 0 ? count(fences, "code fence", "code fences") : "",
  ].filter(Boolean);
  return { text, removed };
}
