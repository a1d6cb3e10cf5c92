import { expect, test } from "vitest";
import { iframeCode, resizeScriptTag } from "./embedCode.ts";

test("the iframe has a title, lazy loading, a fallback height and fullscreen", () => {
  const code = iframeCode("https://example.org/g/?edge=a--leads--b&embed=1", "Who leads what");
  expect(code).toBe(
    '<iframe src="https://example.org/g/?edge=a--leads--b&amp;embed=1" title="Who leads what" loading="lazy" ' +
      'width="100%" height="560" style="border:0;width:100%" allow="fullscreen" allowfullscreen data-quotegraph></iframe>',
  );
});

test("attribute values cannot break out of their quotes", () => {
  const code = iframeCode('x" onload="alert(1)', "<b>");
  expect(code).toContain('src="x&quot; onload=&quot;alert(1)"');
  expect(code).toContain('title="&lt;b&gt;"');
  expect(resizeScriptTag('a"b')).toBe('<script src="a&quot;b" async></script>');
});
