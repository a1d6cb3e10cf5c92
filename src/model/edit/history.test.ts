import { describe, expect, it } from "vitest";
import { commit, HISTORY_LIMIT, redo, startHistory, undo } from "./history.ts";
import { markdownToText } from "./plainText.ts";

describe("undo history", () => {
  it("undo goes back, redo forward, and a new change drops what was undone", () => {
    let h = commit(commit(startHistory("a"), "b"), "c");
    h = undo(undo(h));
    expect(h.present).toBe("a");
    h = redo(h);
    expect(h.present).toBe("b");
    h = commit(h, "d");
    expect([h.present, h.future]).toEqual(["d", []]);
    expect(undo(h).present).toBe("b");
  });

  it("at either end nothing happens, and a change that changes nothing is no step", () => {
    const h = startHistory(1);
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
    expect(commit(h, 1)).toBe(h);
  });

  it("keeps at most HISTORY_LIMIT steps back", () => {
    let h = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) h = commit(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(5);
  });
});

describe("markdown as a source's text", () => {
  it("keeps the words, drops the markup, and says what it dropped", () => {
    const { text, removed } = markdownToText(
      "# Title\n\nSee [the paper](https://x.y/p) and **bold** words.\n\n![a chart](c.png)\n\n\n\n> quoted",
    );
    expect(text).toBe("Title\n\nSee the paper and bold words.\n\na chart\n\nquoted");
    expect(removed).toEqual([
      "1 link address",
      "1 image (its alt text kept)",
      "3 formatting marks",
    ]);
  });
});
