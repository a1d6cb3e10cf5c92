// Re-run layout for large graphs: the multilevel ForceAtlas2 in a module worker
// (layoutWorker.ts), or on this thread in small chunks where no worker starts (the single file
// from file://). Loaded on demand by LayoutController; the worker's code loads when it starts.
import type { Core } from "cytoscape";
import type { LayoutReply, LayoutRequest } from "./layoutWorker.ts";
import { multilevelLayout, normalise } from "./largeLayout.ts";
import { startLayoutWorker } from "./layoutWorkerStart.ts";

export interface RelayoutHandle {
  /** Stop where it is: the nodes keep the positions reached so far. */
  stop(): void;
  /** Stop without touching the nodes (the view is going away or starts over). */
  cancel(): void;
}

export interface RelayoutEvents {
  progress(fraction: number): void;
  done(): void;
}

function request(cy: Core, seed: number): { ids: string[]; message: LayoutRequest } {
  const nodes = cy.nodes(":visible");
  const ids = nodes.map((n) => n.id());
  const index = new Map(ids.map((id, i) => [id, i]));
  const pairs: number[] = [];
  cy.edges(":visible").forEach((e) => {
    const a = index.get(e.source().id());
    const b = index.get(e.target().id());
    if (a !== undefined && b !== undefined && a !== b) pairs.push(a, b);
  });
  return { ids, message: { n: ids.length, edges: Int32Array.from(pairs), seed } };
}

function place(cy: Core, ids: readonly string[], xy: Float64Array) {
  cy.batch(() => {
    ids.forEach((id, i) => {
      const x = xy[2 * i];
      const y = xy[2 * i + 1];
      if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) return;
      cy.getElementById(id).position({ x, y });
    });
  });
  cy.fit(undefined, 40);
}

export function relayoutLarge(cy: Core, seed: number, on: RelayoutEvents): RelayoutHandle {
  const { ids, message } = request(cy, seed);
  let worker: Worker | undefined;
  try {
    worker = startLayoutWorker();
  } catch {
    return relayoutHere(cy, ids, message, on);
  }
  let over = false;
  let started = false;
  let here: RelayoutHandle | null = null;
  const end = () => {
    over = true;
    worker?.terminate();
  };
  worker.onmessage = (e: MessageEvent<LayoutReply>) => {
    if (over) return;
    if ("ready" in e.data) {
      started = true;
      return worker?.postMessage(message, [message.edges.buffer]);
    }
    if (e.data.xy) place(cy, ids, e.data.xy);
    on.progress(e.data.progress);
    if (e.data.final) {
      end();
      on.done();
    }
  };
  worker.onerror = (e) => {
    e.preventDefault();
    end();
    // Before "ready" the worker's script did not load: lay out here instead.
    if (started) on.done();
    else here = relayoutHere(cy, ids, message, on);
  };
  return {
    stop: () => (here ? here.stop() : worker?.postMessage("stop")),
    cancel: () => (here ? here.cancel() : end()),
  };
}

/** The same steps on this thread, one chunk a task. */
function relayoutHere(
  cy: Core,
  ids: string[],
  { n, edges, seed }: LayoutRequest,
  on: RelayoutEvents,
): RelayoutHandle {
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < edges.length; i += 2) pairs.push([edges[i] ?? 0, edges[i + 1] ?? 0]);
  const layout = multilevelLayout(n, pairs, seed);
  const steps = layout.steps(20_000);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finish = () => {
    clearTimeout(timer);
    place(cy, ids, normalise(layout.positions(), pairs, 40));
    on.done();
  };
  const tick = () => {
    const next = steps.next();
    if (next.done) return finish();
    on.progress(next.value / layout.total);
    timer = setTimeout(tick, 0);
  };
  timer = setTimeout(tick, 0);
  return { stop: finish, cancel: () => clearTimeout(timer) };
}
