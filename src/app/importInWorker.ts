// Parse and lay out opened files in a worker (src/graph/importWorker.ts), so a large file does not
// freeze the page; where no worker can start, on the page's own thread.
import type { NetworkImport } from "../graph/importNetwork.ts";
import type { NetworkFile } from "../model/import/types.ts";
import { runImport as runImportHere } from "./importHere.ts";

export async function runImport(files: readonly NetworkFile[]): Promise<NetworkImport> {
  let worker: Worker;
  try {
    worker = new Worker(new URL("../graph/importWorker.ts", import.meta.url), { type: "module" });
  } catch {
    return runImportHere(files);
  }
  return new Promise<NetworkImport>((resolve) => {
    worker.onmessage = (e: MessageEvent<NetworkImport>) => {
      worker.terminate();
      resolve(e.data);
    };
    // The worker script could not load or failed: do the work here instead (an error in the
    // import itself then shows as it would have).
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      resolve(runImportHere(files));
    };
    worker.postMessage(files);
  });
}
