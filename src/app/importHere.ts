// Parse and lay out opened files on the page's own thread (the single-file build, which cannot
// start a worker from file://, and the fallback when a worker cannot start).
import type { NetworkImport } from "../graph/importNetwork.ts";
import { importFailed } from "../model/import/importFailed.ts";
import type { NetworkFile } from "../model/import/types.ts";

export async function runImport(files: readonly NetworkFile[]): Promise<NetworkImport> {
  // Parsers and the layout engine load only when someone brings a file.
  const { importNetwork } = await import("../graph/importNetwork.ts");
  try {
    return importNetwork(files);
  } catch (error) {
    return importFailed(files, error);
  }
}
