import { afterEach, describe, expect, test, vi } from "vitest";
import type { NetworkFile } from "../model/import/types.ts";
import { formatProblem } from "../model/problems.ts";
import { importNetwork } from "./importNetwork.ts";

const ring: NetworkFile = {
  name: "ring.csv",
  text: "source,target\na,b\nb,c\nc,d\nd,a\n",
};
// GML with a position for every node: the file's layout is kept.
const placed: NetworkFile = {
  name: "placed.gml",
  text: `graph [
  node [ id 1 label "One" graphics [ x 10 y 20 ] ]
  node [ id 2 label "Two" graphics [ x 300 y -40 ] ]
  edge [ source 1 target 2 ]
]`,
};

describe("importNetwork", () => {
  test("a file without positions is laid out: every node placed, apart, the same each time", () => {
    const result = importNetwork([ring]);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    expect(result.dataset.title).toBe("ring");
    expect(result.report).toMatchObject({ format: expect.any(String), nodes: 4, edges: 4 });
    expect(result.report.positions).toBe(false);
    const ps = result.dataset.nodes.map((n) => n.position);
    expect(ps).toHaveLength(4);
    for (const p of ps) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length; j++) {
        const [p, q] = [ps[i], ps[j]];
        expect(Math.hypot((p?.x ?? 0) - (q?.x ?? 0), (p?.y ?? 0) - (q?.y ?? 0))).toBeGreaterThan(
          20,
        );
      }
    const again = importNetwork([ring]);
    expect(again.ok && again.dataset.nodes.map((n) => n.position)).toEqual(ps);
  });

  test("a file with every position keeps them", () => {
    const result = importNetwork([placed]);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    expect(result.report.positions).toBe(true);
    const at = Object.fromEntries(result.dataset.nodes.map((n) => [n.label, n.position]));
    // Kept as drawn, up to the one shift and scale the contract allows: the shape is the file's.
    const one = at.One;
    const two = at.Two;
    if (!one || !two) throw new Error("a node went missing");
    expect(Math.sign(two.x - one.x)).toBe(1);
    expect((two.y - one.y) / (two.x - one.x)).toBeCloseTo(-60 / 290);
    expect(result.dataset.title).toBe("placed");
  });

  test("bad input comes back as located problems, not an exception", () => {
    const result = importNetwork([{ name: "broken.gml", text: "graph [ node [ id 1 " }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.file).toBe("broken.gml");
  });
});

describe("importWorker", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  test("says it is ready, then answers each message with the import, or a located failure", async () => {
    const posted: unknown[] = [];
    vi.stubGlobal("postMessage", (m: unknown) => posted.push(m));
    vi.stubGlobal("onmessage", null);
    await import("./importWorker.ts");
    expect(posted).toEqual([{ ready: true }]);
    const onmessage = (globalThis as unknown as { onmessage(e: { data: unknown }): void })
      .onmessage;
    onmessage({ data: [ring] });
    expect(posted[1]).toMatchObject({ ok: true, dataset: { title: "ring" } });
    // Anything thrown inside becomes a message naming the file.
    onmessage({ data: [{ name: "odd.csv", text: null }] });
    expect(posted[2]).toMatchObject({
      ok: false,
      problems: [
        { file: "odd.csv", line: 1, message: expect.stringContaining("stopped the importer") },
      ],
    });
  });
});
