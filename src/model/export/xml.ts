// XML 1.0 escaping shared by the GraphML and GEXF exporters.
//
// Text from data is never trusted as markup: the five special characters become entities, and
// characters that XML 1.0 forbids outright (C0 controls other than tab, LF and CR; lone
// surrogates; U+FFFE and U+FFFF) are removed, since no escape can make them legal. CR is written
// as a character reference everywhere, and in attribute values tab and LF are too, so a parser's
// end-of-line and attribute-value normalization gives back exactly the characters we wrote.

/** Everything outside XML 1.0's Char production. */
const ILLEGAL_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const REFERENCES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

const reference = (c: string): string => REFERENCES[c] ?? c;

/** Removes the characters XML 1.0 cannot carry at all. */
export function stripIllegalXmlChars(s: string): string {
  return s.replace(ILLEGAL_XML_CHAR, "");
}

/** For element content: escapes & < > " ' and CR, strips illegal characters. */
export function escapeXmlText(s: string): string {
  return stripIllegalXmlChars(s).replace(/[&<>"'\r]/g, reference);
}

/** For attribute values (quoted with "): also tab and LF, which attribute normalization would eat. */
export function escapeXmlAttr(s: string): string {
  return stripIllegalXmlChars(s).replace(/[&<>"'\t\n\r]/g, reference);
}

export type XmlAttrs = Readonly<Record<string, string | number | undefined>>;

/** ` a="1" b="2"`, escaped, skipping undefined values; numbers must be finite. */
export function xmlAttrs(attrs: XmlAttrs): string {
  let out = "";
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${name}="${escapeXmlAttr(typeof value === "number" ? xmlNumber(value) : value)}"`;
  }
  return out;
}

/** A number as XML Schema's double/float lexical form accepts it; non-finite becomes 0. */
export function xmlNumber(n: number): string {
  return Number.isFinite(n) ? String(n === 0 ? 0 : n) : "0";
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
