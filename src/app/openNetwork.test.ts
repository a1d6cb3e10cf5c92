// @vitest-environment jsdom
import { must } from "../ui/testing.tsx";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { openNetwork } from "./openNetwork.ts";
import { useAppStore } from "../state/store.ts";
import { makeDataset } from "../model/testDataset.ts";
import { MAX_INPUT_CHARS } from "../model/import/limits.ts";
import type { NetworkImport } from "../graph/importNetwork.ts";
import type { NetworkFile } from "../model/import/types.ts";

const runImport = vi.hoisted(() =>
  vi.fn<(files: readonly NetworkFile[], signal?: AbortSignal) => Promise<NetworkImport>>(),
);
vi.mock("./importInWorker.ts", () => ({ runImport }));

const opened = makeDataset({
  nodes: [
    ["a", "person"],
    ["b", "person"],
  ],
  edges: [["a", "advised_by", "b"]],
});
const ok = (dataset = opened): NetworkImport =>
  ({
    ok: true,
    dataset,
    report: { format: "CSV", nodes: 2, edges: 1, notes: ["2 rows had no weight"] },
  }) as NetworkImport;

/** What the store held while the import ran: the "Opening…" notice. */
let openingDuring: string | null = null;
beforeEach(() => {
  runImport.mockReset();
  openingDuring = null;
  useAppStore.getState().setDataset(makeDataset({ nodes: [["old", "person"]] }));
});

const file = (name: string, text = "a,b") => new File([text], name);

describe("openNetwork", () => {
  it("opens a network in place of the one shown, as one notice with its notes", async () => {
    useAppStore.getState().setLang("zh");
    useAppStore.getState().selectNode("old");
    runImport.mockImplementation(async (files) => {
      openingDuring = useAppStore.getState().opening?.names ?? null;
      expect(files).toEqual([
        { name: "n.csv", text: "id\na" },
        { name: "e.csv", text: "a,b" },
      ]);
      return ok();
    });
    await openNetwork([file("n.csv", "id\na"), file("e.csv")]);
    const s = useAppStore.getState();
    expect(openingDuring).toBe("n.csv + e.csv");
    expect(s.opening).toBeNull();
    expect(s.dataset).toBe(opened);
    expect(s.selection).toBeNull();
    expect(s.lang).toBe("zh");
    expect(s.importProblems).toEqual([]);
    // jsdom has no IndexedDB: the notice says the file will not outlive a reload.
    expect(s.notices).toEqual([
      {
        text:
          "Opened n.csv + e.csv: 2 nodes, 1 edges (CSV). This browser would not keep it " +
          "(a private window, or storage full): a reload shows the built-in network.",
        details: ["2 rows had no weight"],
        builtIn: true,
      },
    ]);
  });

  it("Chinese labels get search keys", async () => {
    const zh = makeDataset({ nodes: [["a", "person"]] });
    must(zh.nodes[0]).label = "张三";
    runImport.mockResolvedValue(ok(zh));
    await openNetwork([file("zh.gml")]);
    const keys = must(must(useAppStore.getState().dataset).nodes[0]).searchKeys ?? [];
    expect(keys.join(" ")).toContain("zhang");
  }, 30_000);

  it("a file that cannot be parsed leaves the graph and says why, located", async () => {
    const before = useAppStore.getState().dataset;
    runImport.mockResolvedValue({
      ok: false,
      problems: [{ file: "bad.gml", line: 3, message: "no node id", fix: "give each node an id" }],
    });
    await openNetwork([file("bad.gml")]);
    const s = useAppStore.getState();
    expect(s.dataset).toBe(before);
    expect(s.importProblems).toEqual(["bad.gml:3: no node id\n  Fix: give each node an id"]);
    expect(s.opening).toBeNull();
  });

  it("an importer that throws gives a located message, not a crash", async () => {
    runImport.mockRejectedValue(new RangeError("Invalid array length"));
    await openNetwork([file("huge.json")]);
    const [problem] = useAppStore.getState().importProblems;
    expect(problem).toMatch(/^huge\.json:1: reading this file stopped the importer/);
    expect(problem).toContain("RangeError: Invalid array length");
  });

  it("refuses a file over the limit before reading it", async () => {
    const big = file("big.csv");
    Object.defineProperty(big, "size", { value: 4 * MAX_INPUT_CHARS + 1 });
    big.text = vi.fn();
    await openNetwork([big]);
    expect(big.text).not.toHaveBeenCalled();
    expect(runImport).not.toHaveBeenCalled();
    expect(useAppStore.getState().importProblems[0]).toMatch(/^big\.csv:1: the file is 200\.0 MB/);
  });

  it("a file that cannot be read is named, with the reason and the fix", async () => {
    const gone = file("gone.csv");
    gone.text = () => Promise.reject(new Error("A requested file could not be found"));
    await openNetwork([gone]);
    const [problem] = useAppStore.getState().importProblems;
    expect(problem).toBe(
      "gone.csv:1: this file could not be read (A requested file could not be found)\n" +
        "  Fix: check that the file is still there and readable; a file over 50 MB is too large to open",
    );
    expect(useAppStore.getState().opening).toBeNull();
  });

  it("Stop while the importer works: the graph, the view and the problems stay as they were", async () => {
    const before = useAppStore.getState().dataset;
    useAppStore.getState().selectNode("old");
    let stopped: unknown = null;
    // An importer that never answers (a worker the browser ended without a word) until stopped.
    runImport.mockImplementation(
      (_files, signal) =>
        new Promise((_resolve, reject) =>
          signal?.addEventListener("abort", () => reject((stopped = signal.reason))),
        ),
    );
    const opening = openNetwork([file("huge.gexf")]);
    await vi.waitFor(() => expect(runImport).toHaveBeenCalled());
    must(useAppStore.getState().opening).stop();
    await opening;
    const s = useAppStore.getState();
    expect(stopped).toBeInstanceOf(DOMException);
    expect(s.opening).toBeNull();
    expect(s.dataset).toBe(before);
    expect(s.selection).toEqual({ kind: "node", id: "old" });
    expect(s.importProblems).toEqual([]);
    expect(s.notices).toEqual(["Stopped opening huge.gexf: the network on screen is as it was."]);
  });

  it("a result that comes after Stop is not shown", async () => {
    const before = useAppStore.getState().dataset;
    let answer: (result: NetworkImport) => void = () => undefined;
    runImport.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const opening = openNetwork([file("late.csv")]);
    await vi.waitFor(() => expect(runImport).toHaveBeenCalled());
    must(useAppStore.getState().opening).stop();
    answer(ok());
    await opening;
    expect(useAppStore.getState().dataset).toBe(before);
    expect(useAppStore.getState().notices).toEqual([
      "Stopped opening late.csv: the network on screen is as it was.",
    ]);
  });

  it("no files, nothing happens", async () => {
    await openNetwork([]);
    expect(useAppStore.getState().opening).toBeNull();
    expect(runImport).not.toHaveBeenCalled();
  });
});
