// "Open file" on the inputs an outside fuzzer found (issue 15): each failure is a located message
// on screen and the graph stays; files the parser used to throw on open.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { setupApp } from "./app.ts";
import { stateOf } from "./browser.ts";

const app = setupApp();

const file = (name: string, text: string | Buffer) => ({
  name,
  mimeType: "application/octet-stream",
  buffer: typeof text === "string" ? Buffer.from(text) : text,
});

describe("hostile files in the browser", () => {
  test("each refusal names the file and the line; the graph on screen stays", async () => {
    const { page } = await app.open("?node=saining-xie");
    const alert = page.getByTestId("import-problems");
    const open = page.getByTestId("open-file");
    const cases: [ReturnType<typeof file>, RegExp][] = [
      [
        file(
          "deep.graphml",
          readFileSync("src/model/import/fixtures/deep-nesting.invalid.graphml"),
        ),
        /deep\.graphml:5: elements are nested more than 100 deep/,
      ],
      [
        file("deep.json", `{"nodes": [{"id": "a", "v": ${"[".repeat(5000)}${"]".repeat(5000)}}]}`),
        /deep\.json:1: values are nested more than 100 deep/,
      ],
      [
        file(
          "pi.gexf",
          readFileSync("src/model/import/fixtures/nameless-instruction.invalid.gexf"),
        ),
        /pi\.gexf:6: this processing instruction/,
      ],
      [file("x.constructor", "a\u200Bb c\n"), /x\.constructor:1: .*zero-width character/],
    ];
    for (const [input, message] of cases) {
      await open.setInputFiles(input);
      await expect.poll(() => alert.textContent()).toMatch(message);
      expect(await stateOf(page, "saining-xie")).not.toBeNull();
    }
    expect(await page.locator("#node-title").textContent()).toContain("Saining Xie");
    await page.close();
  });

  test("element and attribute names that are JavaScript's own open like any other", async () => {
    const { page } = await app.open();
    const graphml = `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="p" for="node" attr.name="__proto__"/><graph edgedefault="undirected"><node id="a" constructor="1"><data key="p">x</data><__proto__/></node><node id="b"/><edge source="a" target="b"/></graph></graphml>`;
    await page.getByTestId("open-file").setInputFiles(file("reserved.graphml", graphml));
    await expect.poll(() => page.locator(".subtitle").textContent()).toBe("reserved");
    expect(await page.getByTestId("notices").textContent()).toContain("2 nodes, 1 edges");
    await page.close();
  });

  test("an importer that never answers can be stopped (Esc, or Stop), and the graph is as it was", async () => {
    const { page } = await app.open("?node=saining-xie");
    // A worker that loads and then says nothing, as one the browser ended for want of memory.
    await page.route("**/importWorker-*.js", (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: "postMessage({ ready: true }); onmessage = () => {};",
      }),
    );
    await page
      .getByTestId("open-file")
      .setInputFiles(file("silent.gml", "graph [ node [ id 1 ] ]"));
    await page.getByTestId("opening").getByRole("button", { name: "Stop" }).waitFor();
    await page.keyboard.press("Escape");
    await expect
      .poll(() => page.getByTestId("notices").textContent())
      .toContain("Stopped opening silent.gml: the network on screen is as it was.");
    expect(await page.getByTestId("opening").getAttribute("class")).toBe("visually-hidden");
    expect(await page.locator("#node-title").textContent()).toContain("Saining Xie");
    expect(await stateOf(page, "saining-xie")).not.toBeNull();
    await page.close();
  });
});
