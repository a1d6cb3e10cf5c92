// A module worker: parses and lays out an opened network off the page's main thread, so the page
// stays responsive (and its "Opening…" notice alive) while a large file is read. Same function,
// same messages as `npm run bundle`; the result is plain data, copied back to the page.
import type { NetworkFile } from "../model/import/types.ts";
import { importNetwork } from "./importNetwork.ts";

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<NetworkFile[]>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (e) => scope.postMessage(importNetwork(e.data));
