import { expect, test } from "vitest";
import { embedSnippet, iframeCode, parseAspect, resizeScriptTag } from "./embedCode.ts";

test("the iframe has a title, lazy loading, a fixed height and fullscreen", () => {
  const code = iframeCode("https://example.org/g/?edge=a--leads--b&embed=1", "Who leads what");
  expect(code).toBe(
    '<iframe src="https://example.org/g/?edge=a--leads--b&amp;embed=1" title="Who leads what" loading="lazy" ' +
      'width="100%" height="560" style="border:0;width:100%" allow="fullscreen" data-quotegraph></iframe>',
  );
  expect(iframeCode("x", "t", { height: 420.4 })).toContain('height="420"');
});

test("an aspect ratio sizes the frame by CSS and names itself for the script", () => {
  const code = iframeCode("x", "t", { aspect: "16:9" });
  expect(code).toContain('style="border:0;width:100%;height:auto;aspect-ratio:16/9"');
  expect(code).toContain('data-aspect="16:9"');
  expect(code).toContain('height="560"'); // the fallback where neither CSS nor script applies
  expect(iframeCode("x", "t", { aspect: "wide" })).not.toContain("aspect");
});

test("the script comes only with an aspect ratio", () => {
  expect(embedSnippet("x", "t", "s.js", { height: 500 })).not.toContain("<script");
  expect(embedSnippet("x", "t", "s.js", { aspect: "16:9" })).toMatch(
    /data-aspect="16:9"><\/iframe>\n<script src="s\.js" async><\/script>$/,
  );
});

test("aspects are two positive numbers", () => {
  expect(parseAspect("16:9")).toEqual([16, 9]);
  expect(parseAspect(" 2.35:1 ")).toEqual([2.35, 1]);
  expect(parseAspect("0:9")).toBeNull();
  expect(parseAspect("16/9")).toBeNull();
});

test("attribute values cannot break out of their quotes", () => {
  const code = iframeCode('x" onload="alert(1)', "<b>");
  expect(code).toContain('src="x&quot; onload=&quot;alert(1)"');
  expect(code).toContain('title="&lt;b&gt;"');
  expect(resizeScriptTag('a"b')).toBe('<script src="a&quot;b" async></script>');
});
