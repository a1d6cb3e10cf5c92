// Re-running a large graph's layout: in a worker (its messages, and the worker module itself),
// or on the page where no worker starts; Stop keeps the positions reached.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Core, NodeSingular } from "cytoscape";
import { makeDataset, type EdgeSpec, type NodeSpec } from "../model/testDataset.ts";
import { drawDataset } from "./testCanvas.ts";
import type { LayoutReply, LayoutRequest } from "./layoutWorker.ts";

const start = vi.hoisted(() => ({ worker: vi.fn<() => Worker>() }));
vi.mock("./layoutWorkerStart.ts", () => ({ startLayoutWorker: start.worker }));
const { relayoutLarge } = await import("./relayoutLarge.ts");

afterEach(() => {
  vi.useRealTimers();
  start.worker.mockReset();
});

/** A ring of 40 people with a few chords, all at 0, 0. */
function ring(): Core {
  const nodes = Array.from({ length: 40 }, (_, i): NodeSpec => [`n${i}`, "person"]);
  const edges = nodes.map((_, i): EdgeSpec => [
    `n${i}`,
    "collaborated_with",
    `n${(i + 1) % 40}`,
    { id: `e${i}` },
  ]);
  return drawDataset(makeDataset({ nodes, edges }));
}
const spread = (cy: Core) =>
  new Set(cy.nodes().map((n) => `${Math.round(n.position("x"))},${Math.round(n.position("y"))}`))
    .size;
const finite = (cy: Core) =>
  cy
    .nodes()
    .toArray()
    .every((n) => {
      const p = (n as NodeSingular).position();
      return Number.isFinite(p.x) && Number.isFinite(p.y);
    });

/** A stand-in worker the test drives: what the page posts, and replies sent back. */
function fakeWorker() {
  const posted: unknown[] = [];
  const w = {
    onmessage: null as ((e: MessageEvent<LayoutReply>) => void) | null,
    onerror: null as ((e: { preventDefault(): void }) => void) | null,
    postMessage: (m: unknown) => posted.push(m),
    terminate: vi.fn(),
  };
  const reply = (data: LayoutReply) => w.onmessage?.({ data } as MessageEvent<LayoutReply>);
  return { w, posted, reply };
}

describe("relayoutLarge", () => {
  it("without a worker, lays out on the page a chunk a task, with progress, to the end", async () => {
    start.worker.mockImplementation(() => {
      throw new Error("no worker here");
    });
    const cy = ring();
    const progress: number[] = [];
    await new Promise<void>((done) =>
      relayoutLarge(cy, 7, { progress: (p) => progress.push(p), done }),
    );
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p, i) => p >= (progress[i - 1] ?? 0) && p <= 1)).toBe(true);
    expect(finite(cy)).toBe(true);
    expect(spread(cy)).toBe(40);
  });

  it("Stop on the page keeps the positions reached, and says it is done", () => {
    vi.useFakeTimers();
    start.worker.mockImplementation(() => {
      throw new Error("no worker here");
    });
    const cy = ring();
    const done = vi.fn();
    const handle = relayoutLarge(cy, 7, { progress: vi.fn(), done });
    vi.advanceTimersByTime(0);
    handle.stop();
    expect(done).toHaveBeenCalledTimes(1);
    expect(finite(cy)).toBe(true);
    expect(spread(cy)).toBe(40);
  });

  it("in a worker: sends the visible graph once it is ready, places what comes back, and ends", () => {
    const { w, posted, reply } = fakeWorker();
    start.worker.mockReturnValue(w as unknown as Worker);
    const cy = ring();
    const on = { progress: vi.fn(), done: vi.fn() };
    const handle = relayoutLarge(cy, 3, on);
    expect(posted).toEqual([]);
    reply({ ready: true });
    const sent = posted[0] as LayoutRequest;
    expect([sent.n, sent.edges.length, sent.seed]).toEqual([40, 80, 3]);
    const xy = Float64Array.from({ length: 80 }, (_, i) => (i % 2 ? Math.floor(i / 2) * 10 : 5));
    reply({ progress: 0.5 });
    reply({ progress: 1, xy, final: true });
    expect(on.progress).toHaveBeenLastCalledWith(1);
    expect(on.done).toHaveBeenCalledTimes(1);
    expect(w.terminate).toHaveBeenCalled();
    expect(cy.getElementById("n3").position()).toEqual({ x: 5, y: 30 });
    // Replies after the end change nothing; Stop asks the worker.
    reply({ progress: 0.2 });
    expect(on.progress).toHaveBeenLastCalledWith(1);
    handle.stop();
    expect(posted.at(-1)).toBe("stop");
  });

  it("a worker whose script does not load hands the work to the page", async () => {
    const { w } = fakeWorker();
    start.worker.mockReturnValue(w as unknown as Worker);
    const cy = ring();
    await new Promise<void>((done) => {
      relayoutLarge(cy, 3, { progress: vi.fn(), done });
      w.onerror?.({ preventDefault: vi.fn() });
    });
    expect(spread(cy)).toBe(40);
  });
});

describe("the layout worker module", () => {
  it("says it is ready, reports progress, and ends with positions for every node", async () => {
    const replies: LayoutReply[] = [];
    const scope = globalThis as unknown as {
      onmessage: ((e: { data: LayoutRequest | "stop" }) => void) | null;
      postMessage: (m: LayoutReply) => void;
    };
    scope.postMessage = (m) => replies.push(m);
    vi.resetModules();
    await import("./layoutWorker.ts");
    expect(replies[0]).toEqual({ ready: true });
    const edges = Int32Array.from(Array.from({ length: 30 }, (_, i) => [i, (i + 1) % 30]).flat());
    scope.onmessage?.({ data: { n: 30, edges, seed: 1 } });
    await vi.waitFor(() => expect(replies.some((r) => "final" in r && r.final)).toBe(true), {
      timeout: 20_000,
    });
    const last = replies.at(-1) as { progress: number; xy: Float64Array };
    expect(last.progress).toBe(1);
    expect(last.xy).toHaveLength(60);
    expect([...last.xy].every(Number.isFinite)).toBe(true);
  });
});
