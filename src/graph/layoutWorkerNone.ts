/** The single-file build's stand-in (file:// starts no worker): re-run layout on the page. */
export function startLayoutWorker(): Worker {
  throw new Error("no layout worker in the single-file build");
}
