import { describe, expect, test } from "vitest";
import { closestPassage, findAll } from "./locateQuote.ts";

describe("findAll", () => {
  test("finds every occurrence, overlapping ones included", () => {
    expect(findAll("abcabca", "a")).toEqual([0, 3, 6]);
    expect(findAll("aaa", "aa")).toEqual([0, 1]);
    expect(findAll("abc", "x")).toEqual([]);
  });

  test("counts UTF-16 code units, as the browser's String.slice does", () => {
    const text = "𝒳谢赛宁";
    const [at] = findAll(text, "谢赛宁");
    expect(at).toBe(2);
    expect(text.slice(2, 5)).toBe("谢赛宁");
  });
});

describe("closestPassage", () => {
  test("points at the passage that differs by one character", () => {
    const text = "前言。张三2019年在北京大学读博士。后记。";
    const close = closestPassage(text, "张三2019年在北京大學读博士。");
    expect(close && text.slice(close.start, close.end)).toBe("张三2019年在北京大学读博士。");
  });

  test("returns nothing when no character pair is shared", () => {
    expect(closestPassage("abcdef", "xyz")).toBeUndefined();
  });
});
