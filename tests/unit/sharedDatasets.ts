// The real networks the importers' tests and the fuzz seeds read: ../shared/datasets beside this
// clone (QUOTEGRAPH_DATASETS names another folder). A missing file fails its test with where the
// folder comes from; it never skips in silence.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const REPO = resolve(import.meta.dirname, "../..");

export const DATASETS = resolve(
  REPO,
  process.env["QUOTEGRAPH_DATASETS"] ?? join("..", "shared", "datasets"),
);

/** The path of `path` under DATASETS; throws, naming the folder and its origin, when it is not there. */
export function datasetPath(path: string): string {
  const full = join(DATASETS, path);
  if (!existsSync(full))
    throw new Error(
      `${full} is missing. The real datasets are ../shared/datasets: the project's shared folder ` +
        "laid beside this clone (CI lays a copy of it there; scripts/setup.mjs checks for it before " +
        "npm test). Put a copy of shared/ beside the clone, or set QUOTEGRAPH_DATASETS to a folder " +
        "that holds the datasets.",
    );
  return full;
}
