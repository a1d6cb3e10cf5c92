// Launch Debian's Chromium through playwright-core, and collect console problems for each page.
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Every console error or warning, page error and dialog (dismissed: the app opens none), to
 * assert there are none. Tests open pages through `setupApp()` (app.ts), which checks this list.
 */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  return problems;
}

export async function waitForGraph(page: Page) {
  await page.waitForFunction(
    () => (window as { __quotegraph?: { ready: boolean } }).__quotegraph?.ready === true,
  );
}

export async function pointOf(page: Page, id: string) {
  const p = await page.evaluate(
    (elementId) =>
      (
        window as { __quotegraph?: { pointOf(id: string): { x: number; y: number } | null } }
      ).__quotegraph?.pointOf(elementId) ?? null,
    id,
  );
  if (!p) throw new Error(`element ${id} is not on screen`);
  return p;
}

type Handle = {
  labelPx(id: string): number | null;
  positionOf(id: string): { x: number; y: number } | null;
  stateOf(id: string): string | null;
  zoom(): number;
};

export function stateOf(page: Page, id: string) {
  return page.evaluate(
    (x) => (window as unknown as { __quotegraph: Handle }).__quotegraph.stateOf(x),
    id,
  );
}

export function positionOf(page: Page, id: string) {
  return page.evaluate(
    (x) => (window as unknown as { __quotegraph: Handle }).__quotegraph.positionOf(x),
    id,
  );
}

export function labelPx(page: Page, id: string) {
  return page.evaluate(
    (x) => (window as unknown as { __quotegraph: Handle }).__quotegraph.labelPx(x),
    id,
  );
}

/** Wait until the camera stops moving (a focus animation lasts 350 ms), so clicks land. */
export async function settle(page: Page) {
  const camera = () =>
    page.evaluate(() => {
      const h = (
        window as unknown as { __quotegraph?: { zoom(): number; pointOf(id: string): unknown } }
      ).__quotegraph;
      return JSON.stringify([h?.zoom()]);
    });
  let last = "";
  for (let i = 0; i < 50; i++) {
    const now = await camera();
    if (now === last) return;
    last = now;
    await page.waitForTimeout(150);
  }
}

/** A small network with Chinese and Latin labels, as a d3 JSON file would bring it. */
export const CHINESE_NETWORK = {
  nodes: [
    { id: "a", label: "谢赛宁" },
    { id: "b", label: "田渊栋" },
    { id: "c", label: "Yann LeCun" },
  ],
  links: [
    { source: "a", target: "b" },
    { source: "a", target: "c" },
  ],
};

/** Opens `network` through "Open file" as `<name>.json`; resolves once it is the graph on screen. */
export async function openJsonNetwork(page: Page, name: string, network: unknown) {
  await page.getByTestId("open-file").setInputFiles({
    name: `${name}.json`,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(network)),
  });
  await page.waitForFunction(
    (title) => document.querySelector(".subtitle")?.textContent === title,
    name,
  );
}

/** The text of the first search suggestion for `query`, once there is one. */
export async function firstHit(page: Page, query: string) {
  await page.getByRole("combobox").fill(query);
  const first = page.getByRole("option").first();
  await first.waitFor();
  return first.textContent();
}
