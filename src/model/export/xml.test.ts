import { describe, expect, test } from "vitest";
import { parseXml } from "./testHelpers.ts";
import { escapeXmlAttr, escapeXmlText, stripIllegalXmlChars, xmlAttrs, xmlNumber } from "./xml.ts";

describe("XML escaping", () => {
  test("escapes the five special characters, and CR in text", () => {
    expect(escapeXmlText(`<a href="x">&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;",
    );
    expect(escapeXmlText("a\r\nb\tc")).toBe("a&#13;\nb\tc");
    expect(escapeXmlText("&amp;")).toBe("&amp;amp;");
  });

  test("in attributes, also tab and LF", () => {
    expect(escapeXmlAttr("a\r\nb\tc\"'")).toBe("a&#13;&#10;b&#9;c&quot;&apos;");
  });

  test("strips what XML 1.0 cannot carry, keeps Chinese and astral characters", () => {
    const illegal = [0, 1, 8, 0x0b, 0x0c, 0x0e, 0x1f, 0xfffe, 0xffff].map((c) =>
      String.fromCharCode(c),
    );
    expect(stripIllegalXmlChars(`a${illegal.join("")}b`)).toBe("ab");
    expect(stripIllegalXmlChars("lone \ud800 surrogate \udc00")).toBe("lone  surrogate ");
    expect(stripIllegalXmlChars("谢赛宁 😀 \t\n\r")).toBe("谢赛宁 😀 \t\n\r");
  });

  test("attributes and numbers", () => {
    expect(xmlAttrs({ id: "a<b", n: 1.5, skip: undefined })).toBe(' id="a&lt;b" n="1.5"');
    expect(xmlNumber(-0)).toBe("0");
    expect(xmlNumber(Number.NaN)).toBe("0");
    expect(xmlNumber(-12.25)).toBe("-12.25");
  });

  test("whatever goes in comes back out of a parser, minus the illegal characters", () => {
    const hostile = "<x>&amp; \"q\" 'a'\r\n\t]]> \u0001\u0008 谢 😀";
    const xml = `<r${xmlAttrs({ a: hostile })}>${escapeXmlText(hostile)}</r>`;
    const doc = parseXml(xml, []) as { r: { "@_a": string; "#text": string } };
    const clean = hostile.replace("\u0001\u0008", "");
    expect(doc.r["@_a"]).toBe(clean);
    expect(doc.r["#text"]).toBe(clean);
  });
});
