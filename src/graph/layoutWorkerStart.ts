/** Starts the layout worker (its code loads now, not with the page). */
export function startLayoutWorker(): Worker {
  return new Worker(new URL("./layoutWorker.ts", import.meta.url), { type: "module" });
}
