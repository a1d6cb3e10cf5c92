import { describe, expect, test } from "vitest";
import { parseColor, rgbHex } from "./colors.ts";
import { seededRandom } from "../seededRandom.ts";

describe("parseColor", () => {
  test.each([
    ["#abc", "#aabbcc"],
    ["#ABCD", "#aabbcc"],
    ["  #FF9900 ", "#ff9900"],
    ["#3366FFCC", "#3366ff"],
    ["rgb(1, 2, 3)", "#010203"],
    ["rgba(255,0,0,0.5)", "#ff0000"],
    ["rgb(100% 0% 50% / 40%)", "#ff0080"],
    ["rgb(300, -4, 12.6)", "#ff000d"],
    ["hsl(120deg 100% 25%)", "#008000"],
    ["RebeccaPurple", "#663399"],
    ["white", "#ffffff"],
  ])("%s is %s", (input, hex) => {
    expect(parseColor(input)).toBe(hex);
  });

  test.each([
    "",
    "#12",
    "#12345",
    "#ggg",
    "rgb(1, 2)",
    "rgb(a, b, c)",
    "rgb(1,2,3",
    "hsl(1, 2, 3)",
    "group-3",
    "constructor",
    "__proto__",
    "red".repeat(30),
  ])("%j is no colour", (input) => {
    expect(parseColor(input)).toBeUndefined();
  });

  test("values that are not text are no colour", () => {
    for (const v of [undefined, null, 12, true, {}, ["#fff"]])
      expect(parseColor(v)).toBeUndefined();
  });

  test("rgbHex clamps and rounds channels, and refuses what is not a number", () => {
    expect(rgbHex(254, 110, 6)).toBe("#fe6e06");
    expect(rgbHex("300", -1, 0.4)).toBe("#ff0000");
    expect(rgbHex(1, 2, undefined)).toBeUndefined();
    expect(rgbHex("", 2, 3)).toBeUndefined();
  });

  // Fuzz-friendly guard: bad colour strings never throw, and what comes out is always #rrggbb.
  test("seeded random strings near colour syntax never throw and give #rrggbb or nothing", () => {
    const random = seededRandom(16);
    const alphabet = "#0123456789abcdefgABCDEF(),%/ .-+eEdrgbhslaRGBHSL\u0000\u{1F600}";
    const pieces = ["#", "rgb(", "rgba(", "hsl(", ")", ",", "%", "/", "deg", "red", "1e3", "NaN"];
    for (let i = 0; i < 5000; i++) {
      let s = "";
      const n = Math.floor(random() * 24);
      for (let j = 0; j < n; j++)
        s +=
          random() < 0.3
            ? (pieces[Math.floor(random() * pieces.length)] ?? "")
            : alphabet[Math.floor(random() * alphabet.length)];
      const out = parseColor(s);
      if (out !== undefined) expect(out).toMatch(/^#[0-9a-f]{6}$/);
    }
  });
});
