import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDataset } from "./buildDataset.ts";

const tmp = mkdtempSync(join(tmpdir(), "qg-new-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const run = (folder: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/newDataFolder.ts", folder], {
    encoding: "utf8",
  });

describe("npm run new", () => {
  it("writes a data folder that compiles: one source, two entities, one cited relation", () => {
    const folder = join(tmp, "mine");
    const r = run(folder);
    expect(r.status, r.stderr).toBe(0);
    const built = buildDataset(join(folder, "data"));
    if (!built.ok) throw new Error(built.problems.map((p) => p.message).join("\n"));
    expect(built.dataset.sources).toHaveLength(1);
    expect(built.dataset.nodes.map((n) => n.label).sort()).toEqual([
      "Ada Lovelace",
      "Charles Babbage",
    ]);
    const [edge] = built.dataset.edges;
    const text = readFileSync(join(folder, "data/sources/an-example-source.txt"), "utf8");
    expect(text.slice(edge?.evidence[0]?.start, edge?.evidence[0]?.end)).toBe(
      "Ada Lovelace worked with Charles Babbage",
    );
    // data:check, as a maintainer runs it, accepts it too.
    const check = execFileSync(
      process.execPath,
      ["--import", "tsx", "scripts/dataCheck.ts", join(folder, "data")],
      {
        encoding: "utf8",
      },
    );
    expect(check).toContain("2 nodes, 1 relations");
  });

  it("writes nothing into a folder that is not empty, and says why", () => {
    const folder = join(tmp, "twice");
    expect(run(folder).status).toBe(0);
    const again = run(folder);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("the folder is not empty; nothing written");
  });

  it("says how to use it when no folder is named", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/newDataFolder.ts"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("usage: npm run new -- <folder>");
  });
});
