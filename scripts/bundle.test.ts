import { mkdtempSync, readFileSync, existsSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { expect, test } from "vitest";
import type { Dataset } from "../src/model/types.ts";

const run = (args: string[]) =>
  execFileSync(process.execPath, ["--import", "tsx", "scripts/bundle.ts", ...args], {
    encoding: "utf8",
    stdio: "pipe",
  });

test("bundle turns a GML file into a static app with its graph.json, and refuses a bad file whole", () => {
  const dir = mkdtempSync(join(tmpdir(), "qg-bundle-"));
  const gml = join(dir, "net.gml");
  writeFileSync(
    gml,
    'graph [ node [ id 1 label "a" ] node [ id 2 label "b" ] edge [ source 1 target 2 ] ]',
  );
  const out = join(dir, "site");
  const log = run([gml, "--out", out]);
  expect(log).toContain("2 nodes, 1 edges");
  expect(existsSync(join(out, "index.html"))).toBe(true);
  const data = JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as Dataset;
  expect(data.schemaVersion).toBe(1);
  expect(data.nodes.map((n) => n.label)).toEqual(["a", "b"]);
  expect(data.edges[0]?.unsourced).toBe(true);
  expect(data.title).toBe("net");
  expect(data.style).toBeUndefined(); // no --color-by or --size-by: the app's own default
  // One network: graph.json as before, and the list ?data= reads.
  expect(JSON.parse(readFileSync(join(out, "networks.json"), "utf8"))).toEqual({
    schemaVersion: 1,
    networks: [{ name: "net", file: "graph.json", title: "net", nodes: 2, edges: 1 }],
  });

  // A style that is no choice for the network: refused with the choices, nothing written.
  let refused = "";
  try {
    run([gml, "--out", join(dir, "styled"), "--color-by", "party", "--size-by", "degree"]);
  } catch (e) {
    refused = String((e as { stderr?: string }).stderr);
  }
  expect(refused).toContain('net.gml: --color-by "party" is not a choice for this network');
  expect(refused).toContain('Choices: "type", "community"');
  expect(existsSync(join(dir, "styled"))).toBe(false);

  // A broken file: a message naming the line, and the bundle written before is untouched.
  writeFileSync(gml, 'graph [ node [ id 1 label "a" ]\n edge [ source 1 target 9 ] ]');
  let error = "";
  try {
    run([gml, "--out", out]);
  } catch (e) {
    error = String((e as { stderr?: string }).stderr);
  }
  expect(error).toMatch(/net\.gml:2/);
  expect(error).toContain("nothing written");
  expect((JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as Dataset).nodes).toHaveLength(
    2,
  );
  mkdirSync(join(dir, "empty"));
}, 120_000);

test("bundle gives Chinese labels search keys in both scripts and pinyin, and leaves others alone", () => {
  const dir = mkdtempSync(join(tmpdir(), "qg-bundle-"));
  const gml = join(dir, "zh.gml");
  writeFileSync(
    gml,
    'graph [ node [ id 1 label "谢赛宁" ] node [ id 2 label "Yann LeCun" ] edge [ source 1 target 2 ] ]',
  );
  const out = join(dir, "site");
  run([gml, "--out", out]);
  const data = JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as Dataset;
  expect(data.nodes[0]?.searchKeys).toEqual(
    expect.arrayContaining(["谢赛宁", "謝賽寧", "xiesaining"]),
  );
  expect(data.nodes[1]?.searchKeys).toEqual(["yannlecun"]);

  writeFileSync(gml, 'graph [ node [ id 1 label "a" ] node [ id 2 label "b" ] ]');
  run([gml, "--out", out]);
  const plain = JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as Dataset;
  expect(plain.nodes.some((n) => n.searchKeys)).toBe(false);
}, 60_000); // builds and converts both scripts: 8–11 s on a loaded 2-core machine
