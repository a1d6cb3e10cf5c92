// The interface's words in English and Chinese: the same messages, each filled in.
import { describe, expect, it } from "vitest";
import { ALL_EN as EN, ALL_ZH as ZH } from "./panelMessages.ts";

type Entries = [string, unknown][];
const flat = (o: object, prefix = ""): Entries =>
  Object.entries(o).flatMap(([k, v]): Entries =>
    v && typeof v === "object" ? flat(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
  );

describe("messages", () => {
  it("Chinese has every English message, of the same kind", () => {
    const en = flat(EN);
    const zh = new Map(flat(ZH));
    expect([...zh.keys()].sort()).toEqual(en.map(([k]) => k).sort());
    for (const [key, value] of en) expect([key, typeof zh.get(key)]).toEqual([key, typeof value]);
  });

  it("every message has words, and a message with a number shows it, in both languages", () => {
    for (const m of [EN, ZH])
      for (const [key, value] of flat(m)) {
        if (typeof value === "string") expect([key, value.trim().length > 0]).toEqual([key, true]);
        if (typeof value !== "function") continue;
        const text = (value as (...a: number[]) => string)(7, 9, 11, 13);
        expect([key, text.includes("7")]).toEqual([key, true]);
      }
  });

  it("English counts: one quote, two quotes", () => {
    expect(EN.quotesFrom(1, 1)).toBe("1 quote from 1 source");
    expect(EN.quotesFrom(2, 3)).toBe("2 quotes from 3 sources");
    expect(EN.pathCount(1, 1)).toBe("1 shortest path, 1 hop");
    expect(EN.relationCount(2)).toBe("2 relations");
    expect(ZH.relationCount(2)).toBe("2 条关系");
  });
});
