// Transfer sizes: gzip (level 6, a typical server's setting) of the first view and of the data.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export function gzBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 6 }).length;
}

/** The files index.html loads directly: <script src> and <link rel=stylesheet|modulepreload>. */
export function firstViewFiles(dir: string): string[] {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const files = ["index.html"];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) =>
      new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, "i").exec(tag)?.[1];
    const isScript = /^<script/i.test(tag);
    const rel = (attr("rel") ?? "").toLowerCase().split(/\s+/);
    const url = isScript
      ? attr("src")
      : rel.includes("stylesheet") || rel.includes("modulepreload")
        ? attr("href")
        : undefined;
    if (url && !/^[a-z]+:|^\/\//i.test(url))
      files.push(url.replace(/^\.\//, "").replace(/[?#].*/, ""));
  }
  return files;
}

/** Sum of each first-view file's gzip size, in bytes. */
export function firstViewGz(dir: string): { bytes: number; files: string[] } {
  const files = firstViewFiles(dir);
  return { bytes: files.reduce((sum, f) => sum + gzBytes(join(dir, f)), 0), files };
}

/**
 * The first view as the browser fetched it: the page and every script and stylesheet requested
 * before graph-ready (lazy chunks included if the page needed them by then), each gzip -6. The
 * data (graph.json) is counted apart; images are left out.
 */
export function fetchedFirstViewGz(dir: string, loaded: readonly string[]) {
  const files = [...new Set(loaded)].filter((f) => /\.(html|js|mjs|css)$/.test(f));
  return { bytes: files.reduce((sum, f) => sum + gzBytes(join(dir, f)), 0), files };
}
