import { describe, expect, test } from "vitest";
import { foldText, nextSort, searchTexts, shownRows, type ColumnKey } from "./tableRows.ts";

interface Row {
  name: string;
  n: number;
}
const rows: Row[] = [
  { name: "Émile Zola", n: 3 },
  { name: "ada Lovelace", n: 12 },
  { name: "Charles Babbage", n: 3 },
  { name: "北京大学", n: 1 },
];
const columns: ColumnKey<Row>[] = [
  { id: "name", text: (r) => r.name },
  { id: "n", text: (r) => String(r.n), number: (r) => r.n },
];
const collator = new Intl.Collator("en", { numeric: true });
const texts = searchTexts(rows, columns, (r) => (r.name === "北京大学" ? ["beijingdaxue"] : []));
const names = (ids: number[]) => ids.map((i) => rows[i]?.name);

describe("table rows", () => {
  test("the filter keeps rows holding every word, in any case and either script", () => {
    expect(names(shownRows(rows, texts, columns, "  LOVE  ada ", null, collator))).toEqual([
      "ada Lovelace",
    ]);
    expect(names(shownRows(rows, texts, columns, "beijing", null, collator))).toEqual(["北京大学"]);
    expect(names(shownRows(rows, texts, columns, "大学", null, collator))).toEqual(["北京大学"]);
    expect(shownRows(rows, texts, columns, "nobody", null, collator)).toEqual([]);
    expect(shownRows(rows, texts, columns, "", null, collator)).toEqual([0, 1, 2, 3]);
  });

  test("text columns sort by the language's collation, numbers as numbers, ties stably", () => {
    const asc = { column: "name", direction: "ascending" } as const;
    expect(names(shownRows(rows, texts, columns, "", asc, collator))).toEqual([
      "ada Lovelace",
      "Charles Babbage",
      "Émile Zola",
      "北京大学",
    ]);
    const most = { column: "n", direction: "descending" } as const;
    expect(names(shownRows(rows, texts, columns, "", most, collator))).toEqual([
      "ada Lovelace",
      "Émile Zola",
      "Charles Babbage",
      "北京大学",
    ]);
  });

  test("numbers within names sort as numbers (ids such as 2 and 10)", () => {
    const ids = ["10", "2", "1000", "a10", "a9"].map((name) => ({ name, n: 0 }));
    const order = shownRows(
      ids,
      null,
      columns,
      "",
      { column: "name", direction: "ascending" },
      collator,
    );
    expect(order.map((i) => ids[i]?.name)).toEqual(["2", "10", "1000", "a9", "a10"]);
  });

  test("a header click sorts ascending, then descending, and another column starts ascending", () => {
    const first = nextSort(null, "name");
    expect(first).toEqual({ column: "name", direction: "ascending" });
    expect(nextSort(first, "name")).toEqual({ column: "name", direction: "descending" });
    expect(nextSort(nextSort(first, "name"), "name").direction).toBe("ascending");
    expect(nextSort(first, "n")).toEqual({ column: "n", direction: "ascending" });
  });

  test("folding: NFKC, lower case, one space", () => {
    expect(foldText("  ＡＢＣ\t  Def ")).toBe("abc def");
  });
});
