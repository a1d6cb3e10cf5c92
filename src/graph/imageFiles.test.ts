import { describe, expect, test } from "vitest";
import { wrapFooter } from "./imageFiles.ts";

// One pixel per character keeps the arithmetic readable.
const measure = (text: string) => text.length;

describe("wrapFooter", () => {
  test("keeps lines that fit, and reports the widest", () => {
    expect(wrapFooter(["short", "a longer line"], 20, measure)).toEqual({
      text: ["short", "a longer line"],
      width: 13,
    });
  });

  test("breaks a long line at a space, never mid-word when a space is near", () => {
    const { text, width } = wrapFooter(["Source: The people behind Sora — a blog"], 16, measure);
    expect(text).toEqual(["Source: The", "people behind", "Sora — a blog"]);
    expect(width).toBeLessThanOrEqual(16);
  });

  test("breaks text without spaces (Chinese titles) anywhere", () => {
    const { text } = wrapFooter(["硅谷一线科学家Sora惊艳中国作为追赶者差在哪里"], 10, measure);
    expect(text.join("")).toBe("硅谷一线科学家Sora惊艳中国作为追赶者差在哪里");
    expect(text.every((line) => line.length <= 10)).toBe(true);
  });
});
