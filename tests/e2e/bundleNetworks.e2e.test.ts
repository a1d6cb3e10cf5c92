// One bundle, several networks: `npm run bundle -- a.gml b.json --out dir --color-by community`
// writes a graph file per network and networks.json; `?data=<name>` chooses one, view links keep
// working, and the baked style is each network's default.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { setupApp } from "./app.ts";
import { stateOf } from "./browser.ts";

/** Two cliques joined by one edge: two communities. */
function twoCliques(prefix: string) {
  const nodes = Array.from({ length: 8 }, (_, i) => `${prefix}${i}`);
  const links: [string, string][] = [];
  for (const half of [nodes.slice(0, 4), nodes.slice(4)])
    for (let i = 0; i < half.length; i++)
      for (let j = i + 1; j < half.length; j++) links.push([half[i] ?? "", half[j] ?? ""]);
  links.push([nodes[0] ?? "", nodes[4] ?? ""]);
  return { nodes, links };
}

let bundle = "";
const app = setupApp({
  root: () => {
    const dir = mkdtempSync(join(tmpdir(), "qg-networks-"));
    const a = twoCliques("a");
    const gml = [
      "graph [",
      ...a.nodes.map((n) => `  node [ id "${n}" label "${n}" ]`),
      ...a.links.map(([s, t]) => `  edge [ source "${s}" target "${t}" ]`),
      "]",
    ].join("\n");
    writeFileSync(join(dir, "alpha.gml"), gml);
    const b = twoCliques("b");
    writeFileSync(
      join(dir, "Beta Net.json"),
      JSON.stringify({
        nodes: b.nodes.map((id) => ({ id })),
        links: b.links.map(([source, target]) => ({ source, target })),
      }),
    );
    bundle = join(dir, "site");
    execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "scripts/bundle.ts",
        join(dir, "alpha.gml"),
        join(dir, "Beta Net.json"),
        "--out",
        bundle,
        "--color-by",
        "community",
      ],
      { stdio: "pipe" },
    );
    return bundle;
  },
});

const subtitle = (page: Page) => page.locator(".subtitle").textContent();
const legend = (page: Page) => page.locator(".legend .style-key li").first().textContent();

test("the bundle lists its networks: the first is graph.json, the others networks/<name>.json", () => {
  const index = JSON.parse(readFileSync(join(bundle, "networks.json"), "utf8")) as unknown;
  expect(index).toEqual({
    schemaVersion: 1,
    networks: [
      { name: "alpha", file: "graph.json", title: "alpha", nodes: 8, edges: 13 },
      { name: "beta-net", file: "networks/beta-net.json", title: "Beta Net", nodes: 8, edges: 13 },
    ],
  });
  const beta = JSON.parse(readFileSync(join(bundle, "networks/beta-net.json"), "utf8")) as {
    style?: unknown;
  };
  expect(beta.style).toEqual({ color: "community", size: "degree", width: "same" });
});

test("?data= switches between the networks, each coloured by community by default", async () => {
  const { page } = await app.open("");
  expect(await subtitle(page)).toBe("alpha");
  await expect.poll(() => legend(page)).toMatch(/^ ?community 1 4$/);
  expect(new URL(page.url()).search).toBe(""); // the baked default is not repeated in the address

  const beta = await app.open("?data=beta-net");
  expect(await subtitle(beta.page)).toBe("Beta Net");
  expect(await stateOf(beta.page, "b0")).not.toBeNull();
  expect(await stateOf(beta.page, "a0")).toBeNull();
  await expect.poll(() => legend(beta.page)).toMatch(/^ ?community 1 4$/);
  await page.close();
  await beta.page.close();
}, 60_000);

test("a view link into the second network keeps working, and keeps naming its network", async () => {
  const { page } = await app.open("?data=beta-net&node=b1&color=type", {
    width: 1366,
    height: 768,
  });
  expect(await subtitle(page)).toBe("Beta Net");
  await expect.poll(() => stateOf(page, "b1")).toBe("emphasised");
  expect(await page.getByTestId("side-panel").textContent()).toContain("b1");
  expect(await page.locator(".legend .style-key").count()).toBe(0); // type colours, as asked
  // A change of view is written back with the network's name first.
  await page.getByRole("button", { name: "Close" }).first().click();
  await expect.poll(() => new URL(page.url()).searchParams.get("node")).toBeNull();
  const search = new URL(page.url()).search;
  expect(search).toMatch(/^\?data=beta-net&/);
  expect(new URLSearchParams(search).get("color")).toBe("type");
  await page.reload();
  await page.waitForFunction(
    () => (window as { __quotegraph?: { ready: boolean } }).__quotegraph?.ready === true,
  );
  expect(await subtitle(page)).toBe("Beta Net");
  await page.close();
}, 60_000);

test("an unknown name gets a message listing the networks there are, and a way on", async () => {
  const { page } = await app.open("?data=gamma", { graph: false });
  const alert = page.getByRole("alert");
  expect(await alert.textContent()).toContain(
    "This page has no network named “gamma”. It has 2: alpha (alpha), beta-net (Beta Net).",
  );
  // Not how to serve graph.json: this page serves it; the address named no network of it.
  expect(await alert.textContent()).not.toContain("npm run build:single");
  await alert.getByRole("link", { name: "Open this page without ?data=" }).click();
  await expect.poll(() => subtitle(page)).toBe("alpha");
  await page.close();
});
