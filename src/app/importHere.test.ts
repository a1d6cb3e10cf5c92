// The page's own import (single-file build, or no worker): an importer that throws gives a
// located message, never an exception.
import { describe, expect, it, vi } from "vitest";
import { runImport } from "./importHere.ts";

const importNetwork = vi.hoisted(() => vi.fn());
vi.mock("../graph/importNetwork.ts", () => ({ importNetwork }));

const files = [{ name: "a.gml", text: "graph [ ]" }];

describe("runImport on the page", () => {
  it("returns the importer's result", async () => {
    const result = { ok: false, problems: [] };
    importNetwork.mockReturnValue(result);
    expect(await runImport(files)).toBe(result);
    expect(importNetwork).toHaveBeenCalledWith(files);
  });

  it("an importer that throws becomes a located problem", async () => {
    importNetwork.mockImplementation(() => {
      throw new RangeError("Maximum call stack size exceeded");
    });
    const result = await runImport(files);
    expect(result).toMatchObject({ ok: false, problems: [{ file: "a.gml", line: 1 }] });
    if (!result.ok)
      expect(result.problems[0]?.message).toBe(
        "reading this file stopped the importer (RangeError: Maximum call stack size exceeded)",
      );
  });
});
