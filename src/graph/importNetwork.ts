// Any supported network file(s) → a placed dataset in the output contract, with the importer's
// report. Used by `npm run bundle` in Node and by "Open file" in the browser: same parsers, same
// messages. Positions come from the file when every node has one, else from the seeded layout.
import { parseGraphFiles } from "../model/import/detect.ts";
import { importedToDataset } from "../model/import/toDataset.ts";
import { importedToContract } from "../model/import/toContract.ts";
import type { ImportReport, NetworkFile } from "../model/import/types.ts";
import type { Problem } from "../model/problems.ts";
import type { Dataset } from "../model/types.ts";
import { bakeLayout } from "./bakeLayout.ts";

export type NetworkImport =
  | { ok: true; dataset: Dataset; report: ImportReport; layoutMs: number }
  | { ok: false; problems: Problem[] };

export function importNetwork(files: readonly NetworkFile[]): NetworkImport {
  const parsed = parseGraphFiles(files);
  if (!parsed.ok) return parsed;
  const name = files.map((f) => f.name).join(" + ");
  const { dataset: imported, report } = importedToDataset(parsed.graph, name);
  const { dataset, positions } = importedToContract(imported);
  const started = performance.now();
  const placed: Dataset = positions
    ? {
        ...dataset,
        nodes: dataset.nodes.map((n) => ({
          ...n,
          position: positions.get(n.id) ?? { x: 0, y: 0 },
        })),
      }
    : bakeLayout(dataset);
  const title = files[0]?.name.replace(/\.[^.]+$/, "") ?? "Imported network";
  return { ok: true, dataset: { ...placed, title }, report, layoutMs: performance.now() - started };
}
