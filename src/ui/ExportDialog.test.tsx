// @vitest-environment jsdom
import { must, QUOTE, storyDataset } from "./testing.tsx";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ExportDialog } from "./ExportDialog.tsx";
import { useAppStore } from "../state/store.ts";
import type { ExportScope, ImageExporter } from "../graph/imageExport.ts";
import type { Dataset } from "../model/types.ts";

const download = vi.hoisted(() => vi.fn());
vi.mock("./download.ts", () => ({ download }));
beforeEach(() => download.mockReset());

/** What a file download received, by file name. */
const saved = (name: string) => {
  const call = download.mock.calls.find((c) => c[0] === name);
  if (!call) throw new Error(`no download named ${name}`);
  return call as [string, string | Blob, string | undefined];
};

function fakeExporter(d: Dataset, drawn: (scope: ExportScope) => string[]): ImageExporter {
  const edges = (nodes: Set<string>) =>
    new Set(d.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target)).map((e) => e.id));
  return {
    contents: vi.fn((scope: ExportScope) => {
      const nodes = new Set(drawn(scope));
      return { nodes, edges: edges(nodes) };
    }),
    png: vi.fn(async () => new Blob(["png"])),
    svg: vi.fn(async () => "<svg/>"),
  };
}

function setup(exporter: ImageExporter | null, visibleIds = ["tim", "openai", "sora", "bill"]) {
  const d = storyDataset();
  const nodes = new Set(visibleIds);
  const edges = new Set(
    d.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target)).map((e) => e.id),
  );
  render(<ExportDialog dataset={d} visible={{ nodes, edges }} exporter={exporter} />);
  return d;
}

const dialog = () => screen.getByRole("dialog", { hidden: true });

describe("ExportDialog", () => {
  it("opens on Export and closes on Close", async () => {
    setup(null);
    expect(dialog().hasAttribute("open")).toBe(false);
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    expect(dialog().hasAttribute("open")).toBe(true);
    expect(within(dialog()).getByRole("heading").textContent).toBe("Export this view");
    await userEvent.click(within(dialog()).getByRole("button", { name: "Close" }));
    expect(dialog().hasAttribute("open")).toBe(false);
  });

  it("graph.json holds only what is shown, with its quotes", async () => {
    setup(null, ["tim", "openai"]);
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    await userEvent.click(screen.getByRole("button", { name: "graph.json" }));
    const [, text, type] = saved("graph.json");
    expect(type).toBe("application/json");
    const out = JSON.parse(text as string) as Dataset;
    expect(out.nodes.map((n) => n.id).sort()).toEqual(["openai", "tim"]);
    expect(out.edges.map((e) => e.id)).toEqual(["tim--worked_at--openai"]);
    expect(must(must(out.edges[0]).evidence[0]).quote).toBe(QUOTE);
  });

  it("the CSV, GraphML and GEXF files load their writers and save the view", async () => {
    setup(null, ["tim", "sora"]);
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    for (const name of ["Relations CSV", "Entities CSV", "GraphML", "GEXF"])
      await userEvent.click(screen.getByRole("button", { name }));
    await vi.waitFor(() => expect(download).toHaveBeenCalledTimes(4));
    const relations = saved("relations.csv")[1] as string;
    expect(relations).toContain("tim--contributed_to--sora");
    expect(relations).not.toContain("openai");
    expect(relations).toContain(QUOTE);
    expect(saved("entities.csv")[1]).toContain("Tim Brooks");
    expect(saved("quotegraph.graphml")[2]).toBe("application/xml");
    expect(saved("quotegraph.gexf")[1]).toContain("<gexf");
  });

  it("images need a drawing: the buttons wait for one", async () => {
    setup(null);
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    for (const name of ["PNG 2×", "PNG 4×", "SVG"])
      expect((screen.getByRole("button", { name }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("a PNG of the whole graph, its footer naming the sources of what it draws", async () => {
    const d = storyDataset();
    const exporter = fakeExporter(d, () => ["tim", "sora"]);
    setup(exporter);
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    await userEvent.click(screen.getByRole("checkbox", { name: /Transparent/ }));
    await userEvent.click(screen.getByRole("button", { name: "PNG 4×" }));
    await vi.waitFor(() => expect(download).toHaveBeenCalled());
    expect(exporter.png).toHaveBeenCalledWith({ scope: "whole", scale: 4, transparent: true }, [
      "Quotegraph — The people behind OpenAI’s Sora — every link shows its sources — 2 entities, 1 relations",
      "Source: Wired story — Wired, 2024-02-15",
    ]);
    expect(saved("quotegraph@4x.png")[1]).toBeInstanceOf(Blob);
  });

  it("an SVG of the current view leaves out the sources the reader hid", async () => {
    const d = storyDataset();
    const exporter = fakeExporter(d, (scope) =>
      scope === "view" ? ["tim", "openai"] : ["tim", "openai", "sora", "bill"],
    );
    useAppStore.getState().setFilters({ hiddenSources: ["wired"] });
    setup(exporter);
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    await userEvent.click(screen.getByRole("radio", { name: "The current view" }));
    await userEvent.click(screen.getByRole("button", { name: "SVG" }));
    await vi.waitFor(() => expect(download).toHaveBeenCalled());
    expect(exporter.svg).toHaveBeenCalledWith({ scope: "view" }, [
      "Quotegraph — The people behind OpenAI’s Sora — every link shows its sources — 2 entities, 1 relations",
      "Source: 个人博客 — Blogger",
    ]);
    expect(saved("quotegraph.svg")[2]).toBe("image/svg+xml");
  });

  it("says when there is nothing to draw, or the image failed", async () => {
    const d = storyDataset();
    const empty = fakeExporter(d, () => []);
    setup(empty);
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    await userEvent.click(screen.getByRole("button", { name: "PNG 2×" }));
    expect(await screen.findByText("Nothing to draw: no entity is shown.")).toBeTruthy();
    expect(empty.png).not.toHaveBeenCalled();
    cleanup();
    const broken = fakeExporter(d, () => ["tim"]);
    broken.png = vi.fn(async () => Promise.reject(new Error("canvas too large")));
    setup(broken);
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    await userEvent.click(screen.getByRole("button", { name: "PNG 2×" }));
    expect(await screen.findByText("The image could not be made.")).toBeTruthy();
    expect(download).not.toHaveBeenCalled();
  });
});
