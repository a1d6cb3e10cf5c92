// What fast-xml-parser's validator accepts but its parser throws on or misreads: markup other
// than elements, comments and CDATA (`<!foo>`), processing instructions without a name, DOCTYPE
// internal subsets, and very deep nesting. One linear pass finds them, with the offset to report;
// DOCTYPE and processing instructions are blanked out (same length, line breaks kept), since
// nothing in GEXF or GraphML needs them.

import { clip } from "../problems.ts";

export const MAX_XML_DEPTH = 100;

export type MarkupCheck = { text: string } | { at: number; message: string; fix: string };

const NAME = /[A-Za-z_:][-\w.:]*/y;

export function checkMarkup(text: string): MarkupCheck {
  const blanks: [number, number][] = [];
  let depth = 0;
  let i = text.indexOf("<");
  while (i !== -1) {
    let end: number;
    if (text.startsWith("<!--", i)) end = after(text, "-->", i + 4);
    else if (text.startsWith("<![CDATA[", i)) end = after(text, "]]>", i + 9);
    else if (/^<!DOCTYPE\s/i.test(text.slice(i, i + 10))) {
      end = doctypeEnd(text, i);
      blanks.push([i, end]);
    } else if (text.startsWith("<!", i)) {
      return {
        at: i,
        message: `"${text.slice(i, i + 12).split(/[\s>]/)[0] ?? "<!"}" is not markup this importer reads`,
        fix: "remove it: only elements, comments, CDATA and one DOCTYPE may appear",
      };
    } else if (text.startsWith("<?", i)) {
      NAME.lastIndex = i + 2;
      if (!NAME.test(text)) {
        return {
          at: i,
          message: "this processing instruction (<?…?>) has no name",
          fix: "remove it, or write it as <?name …?>",
        };
      }
      end = after(text, "?>", i + 2);
      blanks.push([i, end]);
    } else if (text.charCodeAt(i + 1) === 47) {
      depth--;
      end = text.indexOf(">", i) + 1;
    } else {
      end = tagEnd(text, i);
      if (text.charCodeAt(end - 2) !== 47 && ++depth > MAX_XML_DEPTH) {
        return {
          at: i,
          message: `elements are nested more than ${MAX_XML_DEPTH} deep here`,
          fix: "GEXF and GraphML need only a few levels: check that the tags near this line are closed",
        };
      }
    }
    if (end <= i) break; // unterminated: the validator has already passed judgement
    i = text.indexOf("<", end);
  }
  return { text: blanks.length === 0 ? text : blank(text, blanks) };
}

/** The offset after `close`, searching from `from`; 0 when it is missing. */
function after(text: string, close: string, from: number): number {
  const at = text.indexOf(close, from);
  return at === -1 ? 0 : at + close.length;
}

/** The end of a start tag: the first ">" outside a quoted attribute value. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
  }
  return 0;
}

/** The end of `<!DOCTYPE …>`, with an internal subset `[ … ]` and quoted literals. */
function doctypeEnd(text: string, from: number): number {
  let quote = 0;
  let bracket = 0;
  for (let i = from + 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 91) bracket++;
    else if (c === 93) bracket--;
    else if (c === 62 && bracket <= 0) return i + 1;
  }
  return 0;
}

/** Spaces over each range, line breaks kept, so every offset and line stays where it was. */
function blank(text: string, ranges: readonly [number, number][]): string {
  let out = "";
  let last = 0;
  for (const [start, end] of ranges) {
    out += text.slice(last, start) + text.slice(start, end).replace(/[^\n\r]/g, " ");
    last = end;
  }
  return out + text.slice(last);
}

/** The validator's words, with its list of unclosed tags made readable. */
export function validatorMessage(msg: string): string {
  const unclosed = /^Invalid '\[([\s\S]*)\]' found\.?$/.exec(msg);
  if (unclosed) {
    const names = (unclosed[1] ?? "").replace(/["\s]/g, "").split(",").filter(Boolean);
    const shown = names.slice(-3).map((n) => `<${n.slice(0, 40)}>`);
    return `${shown.join(", ")} ${names.length === 1 ? "is" : "are"} never closed`;
  }
  const named = msg.replace(/'([^'\s]{41,})'/g, (_, name: string) => `'${clip(name, 40)}'`);
  return named.length > 240 ? `${named.slice(0, 239)}…` : named;
}
