// Graph coarsening for the multilevel layout: each pass merges leaves into their neighbour and
// pairs other nodes along their heaviest edge (relative to the two masses), so the next level has
// roughly half the nodes. Masses add up and parallel edges merge with their weights summed, so
// a coarse node pushes and pulls like the group it stands for. Deterministic: no randomness.

export interface Level {
  n: number;
  /** Edge i joins a[i] and b[i] (a[i] !== b[i]) with weight w[i]. */
  a: Int32Array;
  b: Int32Array;
  w: Float64Array;
  mass: Float64Array;
}

/** The finest level: mass 1 + degree, as graphology's ForceAtlas2 gives it. */
export function firstLevel(n: number, edges: readonly (readonly [number, number])[]): Level {
  const a = new Int32Array(edges.length);
  const b = new Int32Array(edges.length);
  const mass = new Float64Array(n).fill(1);
  edges.forEach(([s, t], i) => {
    a[i] = s;
    b[i] = t;
    mass[s] = (mass[s] ?? 1) + 1;
    mass[t] = (mass[t] ?? 1) + 1;
  });
  return { n, a, b, w: new Float64Array(edges.length).fill(1), mass };
}

/** Each node's neighbours and the weights to them (compressed rows). */
function adjacency(level: Level) {
  const offsets = new Int32Array(level.n + 1);
  const bump = (xs: Int32Array, i: number, by = 1) => (xs[i] = (xs[i] ?? 0) + by);
  for (let i = 0; i < level.a.length; i++) {
    bump(offsets, (level.a[i] ?? 0) + 1);
    bump(offsets, (level.b[i] ?? 0) + 1);
  }
  for (let v = 0; v < level.n; v++) bump(offsets, v + 1, offsets[v] ?? 0);
  const fill = offsets.slice(0, level.n);
  const to = new Int32Array(2 * level.a.length);
  const weight = new Float64Array(2 * level.a.length);
  for (let i = 0; i < level.a.length; i++) {
    const s = level.a[i] ?? 0;
    const t = level.b[i] ?? 0;
    const w = level.w[i] ?? 1;
    const at = fill[s] ?? 0;
    to[at] = t;
    weight[at] = w;
    fill[s] = at + 1;
    const back = fill[t] ?? 0;
    to[back] = s;
    weight[back] = w;
    fill[t] = back + 1;
  }
  return { offsets, to, weight };
}

/** parent[v]: v's node in the coarse level. */
export function coarsen(level: Level): { parent: Int32Array; coarse: Level } {
  const { offsets, to, weight } = adjacency(level);
  const degree = (v: number) => (offsets[v + 1] ?? 0) - (offsets[v] ?? 0);
  const parent = new Int32Array(level.n).fill(-1);
  let next = 0;
  // Leaves first, so a star folds into its centre instead of pairing the centre with one leaf.
  const order = Array.from({ length: level.n }, (_, v) => v).sort(
    (p, q) => degree(p) - degree(q) || p - q,
  );
  for (const v of order) {
    if (parent[v] !== -1) continue;
    const from = offsets[v] ?? 0;
    const end = offsets[v + 1] ?? 0;
    if (end - from === 1) {
      const u = to[from] ?? 0;
      if (parent[u] === -1) parent[u] = next++;
      parent[v] = parent[u] ?? 0;
      continue;
    }
    let best = -1;
    let bestScore = -1;
    for (let k = from; k < end; k++) {
      const u = to[k] ?? 0;
      if (parent[u] !== -1 || u === v) continue;
      const score = (weight[k] ?? 0) / ((level.mass[u] ?? 1) * (level.mass[v] ?? 1));
      if (score > bestScore) {
        bestScore = score;
        best = u;
      }
    }
    parent[v] = next;
    if (best >= 0) parent[best] = next;
    next++;
  }
  const mass = new Float64Array(next);
  for (let v = 0; v < level.n; v++) {
    const p = parent[v] ?? 0;
    mass[p] = (mass[p] ?? 0) + (level.mass[v] ?? 0);
  }
  const merged = new Map<number, number>();
  const a: number[] = [];
  const b: number[] = [];
  const w: number[] = [];
  for (let i = 0; i < level.a.length; i++) {
    const s = parent[level.a[i] ?? 0] ?? 0;
    const t = parent[level.b[i] ?? 0] ?? 0;
    if (s === t) continue;
    const key = s < t ? s * next + t : t * next + s;
    const at = merged.get(key);
    if (at === undefined) {
      merged.set(key, a.length);
      a.push(Math.min(s, t));
      b.push(Math.max(s, t));
      w.push(level.w[i] ?? 1);
    } else w[at] = (w[at] ?? 0) + (level.w[i] ?? 1);
  }
  return {
    parent,
    coarse: {
      n: next,
      a: Int32Array.from(a),
      b: Int32Array.from(b),
      w: Float64Array.from(w),
      mass,
    },
  };
}
