import { describe, expect, test } from "vitest";
import { canvasName, MAX_LINE_EMS, textEms, wrapLabel } from "./wrapLabel.ts";

describe("wrapLabel", () => {
  test("a short name stays on one line", () => {
    expect(wrapLabel("Sora")).toBe("Sora");
    expect(wrapLabel("田渊栋")).toBe("田渊栋");
  });

  test("a long name breaks where the two lines come out most even, and loses nothing", () => {
    expect(wrapLabel("Carnegie Mellon University")).toBe("Carnegie Mellon\nUniversity");
    const long = "National Natural Science Foundation of China";
    const wrapped = wrapLabel(long);
    expect(wrapped.split("\n")).toHaveLength(2);
    expect(wrapped.replace("\n", " ")).toBe(long);
  });

  test("Chinese text breaks between characters", () => {
    const wrapped = wrapLabel("美国国家科学基金会下属的一个研究机构");
    expect(wrapped.split("\n")).toHaveLength(2);
    expect(wrapped.replace("\n", "")).toBe("美国国家科学基金会下属的一个研究机构");
  });

  test("a name too long for two lines ends its second line with an ellipsis", () => {
    const wrapped = wrapLabel("word ".repeat(40).trim());
    const [a = "", b = ""] = wrapped.split("\n");
    expect(b.endsWith("…")).toBe(true);
    expect(textEms(a)).toBeLessThanOrEqual(MAX_LINE_EMS);
    expect(textEms(b)).toBeLessThanOrEqual(MAX_LINE_EMS);
  });

  test("one unbreakable word stays whole", () => {
    expect(wrapLabel("Pneumonoultramicroscopicsilicovolcanoconiosis")).toBe(
      "Pneumonoultramicroscopicsilicovolcanoconiosis",
    );
  });
});

describe("canvasName", () => {
  const dit = { label: "Scalable Diffusion Models with Transformers (DiT)", shortLabel: "DiT" };
  test("the short label where there is one; the Chinese label in Chinese", () => {
    expect(canvasName(dit, "en")).toBe("DiT");
    expect(canvasName(dit, "zh")).toBe("DiT");
    expect(canvasName({ label: "Tian Yuandong", labelZh: "田渊栋" }, "zh")).toBe("田渊栋");
    expect(canvasName({ label: "Tian Yuandong", labelZh: "田渊栋" }, "en")).toBe("Tian Yuandong");
  });
});
