// npm run screenshot -- <url> <out.png> [width] [height] [dark|light] [clickEdgeId]
// Opens a page in Debian's Chromium and saves a screenshot: for looking at what we built.
import { chromium } from "playwright-core";

const [
  url = "http://localhost:4173/",
  out = "screenshot.png",
  w = "1280",
  h = "800",
  scheme = "light",
] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
  ],
});
const page = await browser.newPage({
  viewport: { width: Number(w), height: Number(h) },
  colorScheme: scheme === "dark" ? "dark" : "light",
});
page.on("console", (m) => console.log(`[console.${m.type()}] ${m.text()}`));
await page.goto(url);
await page.waitForSelector("#root > *");
await page.waitForTimeout(800);
await page.screenshot({ path: out });
await browser.close();
console.log(`saved ${out}`);
