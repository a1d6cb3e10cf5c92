import { describe, expect, test } from "vitest";
import { decodeSegment, mappedLines } from "./mappedLines.ts";

describe("source map lines", () => {
  test("VLQ segments decode to their signed fields", () => {
    expect(decodeSegment("AAAA")).toEqual([0, 0, 0, 0]);
    expect(decodeSegment("AACA")).toEqual([0, 0, 1, 0]);
    expect(decodeSegment("D")).toEqual([-1]);
    expect(decodeSegment("gB")).toEqual([16]);
    expect(decodeSegment("2HwBF")).toEqual([123, 24, -2]);
    expect(() => decodeSegment("A!")).toThrow("not a base64 VLQ digit: !");
  });

  test("each source gets the original lines some generated code maps to, 1-based", () => {
    // Generated line 1: a.ts line 1, then b.ts line 3; line 2: b.ts line 4; line 3: a.ts line 6.
    const map = { sources: ["../src/a.ts", "../src/b.ts"], mappings: "AAAA,CCEA;AACA;ADEA" };
    const lines = mappedLines(map, "/repo/dist/x.js.map");
    expect([...(lines.get("/repo/src/a.ts") ?? [])]).toEqual([1, 6]);
    expect([...(lines.get("/repo/src/b.ts") ?? [])]).toEqual([3, 4]);
  });
});
