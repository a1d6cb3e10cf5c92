// A module worker: re-runs the large-graph layout (largeLayout.ts's multilevel ForceAtlas2) off
// the page's thread, a chunk at a time. It reports progress after every chunk and positions at
// most every POST_MS, and answers "stop" with the positions reached so far.
import { multilevelLayout, normalise } from "./largeLayout.ts";

export interface LayoutRequest {
  n: number;
  /** Node indices, two per edge. */
  edges: Int32Array;
  seed: number;
}

export type LayoutReply =
  { ready: true } | { progress: number; xy?: Float64Array; final?: boolean };

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<LayoutRequest | "stop">) => void) | null;
  postMessage(message: LayoutReply, transfer?: Transferable[]): void;
};

const POST_MS = 3000;
/** Node-iterations between two looks at the message queue (~50 ms of work). */
const CHUNK = 40_000;
const EDGE_LENGTH = 40;

let stopped = false;

async function run({ n, edges, seed }: LayoutRequest) {
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < edges.length; i += 2) pairs.push([edges[i] ?? 0, edges[i + 1] ?? 0]);
  const layout = multilevelLayout(n, pairs, seed);
  const send = (progress: number, final: boolean) => {
    const xy = normalise(layout.positions(), pairs, EDGE_LENGTH);
    scope.postMessage({ progress, xy, final }, [xy.buffer]);
  };
  let posted = performance.now();
  for (const done of layout.steps(CHUNK)) {
    // Let a "stop" in.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (stopped) return send(done / layout.total, true);
    if (performance.now() - posted > POST_MS) {
      send(done / layout.total, false);
      posted = performance.now();
    } else scope.postMessage({ progress: done / layout.total });
  }
  send(1, true);
}

scope.onmessage = (e) => {
  if (e.data === "stop") stopped = true;
  else void run(e.data);
};
scope.postMessage({ ready: true });
