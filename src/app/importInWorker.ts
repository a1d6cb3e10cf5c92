// Parse and lay out opened files in a worker (src/graph/importWorker.ts), so a large file does not
// freeze the page; where no worker can start, on the page's own thread. A worker that started
// and then failed (out of memory, say) gives a located message: the import is not run again on
// the page, which would freeze or crash it. The reader can stop it (`signal`): the worker is
// ended and the promise rejects with the signal's reason. A worker the browser ends without an
// error event (Chrome does so when one runs out of memory) says nothing at all, so Stop is also
// the way out of that.
import type { NetworkImport } from "../graph/importNetwork.ts";
import type { WorkerReply } from "../graph/importWorker.ts";
import type { NetworkFile } from "../model/import/types.ts";
import { clip } from "../model/problems.ts";
import { runImport as runImportHere } from "./importHere.ts";

export async function runImport(
  files: readonly NetworkFile[],
  signal?: AbortSignal,
): Promise<NetworkImport> {
  signal?.throwIfAborted();
  let worker: Worker;
  try {
    worker = new Worker(new URL("../graph/importWorker.ts", import.meta.url), { type: "module" });
  } catch {
    return runImportHere(files);
  }
  return new Promise<NetworkImport>((resolve, reject) => {
    let started = false;
    const onStop = () => {
      worker.terminate();
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onStop, { once: true });
    const done = (result: NetworkImport | Promise<NetworkImport>) => {
      signal?.removeEventListener("abort", onStop);
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      if ("ready" in e.data) {
        started = true;
        worker.postMessage(files);
      } else done(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      // Before "ready": the worker script could not load; do the work here instead.
      done(started ? stopped(files, e.message) : runImportHere(files));
    };
    worker.onmessageerror = () => done(stopped(files, "its result could not be read"));
  });
}

function stopped(files: readonly NetworkFile[], why: string): NetworkImport {
  return {
    ok: false,
    problems: [
      {
        file: files.map((f) => f.name).join(", "),
        line: 1,
        message: `the importer stopped while reading this file (${clip(why || "no reason given")})`,
        fix: "the file may be too large for this browser tab: import a smaller part of it, or use npm run bundle",
      },
    ],
  };
}
