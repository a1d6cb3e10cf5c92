// readDocument: every data file gets a value or a located problem, never an exception (issue 15).
import { describe, expect, test } from "vitest";
import { readDocument } from "./readInput.ts";

describe("readDocument", () => {
  test("more than 100 ordinary aliases are allowed", () => {
    const text = `- id: a\n  type: person\n  label: &l Ada\n  aliases: [${Array(150).fill("*l").join(", ")}]\n`;
    const read = readDocument({ path: "data/nodes/a.yaml", text });
    expect(read.ok).toBe(true);
    if (read.ok) expect((read.doc.value as { aliases: string[] }[])[0]?.aliases).toHaveLength(150);
    if (read.ok) expect(read.doc.lineOf([0, "aliases"])).toBe(4);
  });

  test("an alias inside its own anchor is refused with its line", () => {
    const many = `x: &x 1\ny: [${Array(120).fill("*x").join(", ")}]\n`;
    const read = readDocument({
      path: "data/nodes/a.yaml",
      text: `${many}a: &a\n  b: [1, 2]\n  c: *a\n`,
    });
    expect(read).toMatchObject({ ok: false, problem: { line: 5 } });
  });

  test("JSON is nested at most 64 deep, and YAML blocks too", () => {
    const json = readDocument({ path: "data/nodes/a.json", text: "[".repeat(70) + "]".repeat(70) });
    expect(json).toMatchObject({ ok: false, problem: { line: 1 } });
    const yaml = Array.from({ length: 70 }, (_, i) => `${" ".repeat(i)}a:`).join("\n");
    expect(readDocument({ path: "data/nodes/a.yaml", text: `${yaml} 1\n` })).toMatchObject({
      ok: false,
      problem: { line: 65 },
    });
  });

  test("a JSON data file that starts with a byte-order mark is read", () => {
    const text = '\uFEFF[{ "id": "a", "type": "person", "label": "A" }]';
    expect(readDocument({ path: "data/nodes/a.json", text }).ok).toBe(true);
  });
});
