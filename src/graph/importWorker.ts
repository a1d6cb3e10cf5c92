// A module worker: parses and lays out an opened network off the page's main thread, so the page
// stays responsive (and its "Opening…" notice alive) while a large file is read. Same function,
// same messages as `npm run bundle`; the result is plain data, copied back to the page. It says
// "ready" first, so the page can tell a worker that cannot start (import on the page instead)
// from an import that failed in it (a message); anything thrown becomes a message too.
import type { NetworkFile } from "../model/import/types.ts";
import { importFailed } from "../model/import/importFailed.ts";
import { importNetwork, type NetworkImport } from "./importNetwork.ts";

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<NetworkFile[]>) => void) | null;
  postMessage(message: WorkerReply): void;
};

export type WorkerReply = { ready: true } | NetworkImport;

scope.onmessage = (e) => {
  let result: NetworkImport;
  try {
    result = importNetwork(e.data);
  } catch (error) {
    result = importFailed(e.data, error);
  }
  scope.postMessage(result);
};
scope.postMessage({ ready: true });
