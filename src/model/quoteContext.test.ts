import { describe, expect, test } from "vitest";
import { markWords, quoteContext } from "./quoteContext.ts";

describe("quoteContext", () => {
  const text = "第一句。张三在北京大学读博士,后来退学了。第三句。";
  test("widens a quote to its sentence", () => {
    const start = text.indexOf("北京大学");
    const ctx = quoteContext(text, start, start + 4);
    expect(ctx).toEqual({ before: "张三在", quote: "北京大学", after: "读博士,后来退学了。" });
  });

  test("cuts long context and says so", () => {
    const long = "一".repeat(300) + "引文" + "二".repeat(300);
    const ctx = quoteContext(long, 300, 302, 10);
    expect(ctx.before).toBe("…" + "一".repeat(10));
    expect(ctx.after).toBe("二".repeat(10) + "…");
  });
});

describe("markWords", () => {
  test("marks every hedge word, longest first", () => {
    expect(markWords("也有可能我理解有误,可能", ["可能", "也有可能"])).toEqual([
      { text: "也有可能", marked: true },
      { text: "我理解有误,", marked: false },
      { text: "可能", marked: true },
    ]);
  });

  test("leaves text without hedge words whole", () => {
    expect(markWords("张三", [])).toEqual([{ text: "张三", marked: false }]);
  });
});
