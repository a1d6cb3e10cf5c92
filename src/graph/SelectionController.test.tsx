// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { makeDataset } from "../model/testDataset.ts";
import { SelectionController } from "./SelectionController.tsx";
import { drawDataset, withClass } from "./testCanvas.ts";

afterEach(cleanup);

const d = makeDataset({
  nodes: [
    ["a", "person"],
    ["b", "person"],
  ],
  edges: [["a", "advised_by", "b", { id: "ab" }]],
});

describe("SelectionController", () => {
  test("draws the selected element, and only it, with class selected", () => {
    const cy = drawDataset(d);
    const { rerender, unmount } = render(<SelectionController cy={cy} selectedId="a" />);
    expect(withClass(cy, "selected")).toEqual(["a"]);
    rerender(<SelectionController cy={cy} selectedId="ab" />);
    expect(withClass(cy, "selected")).toEqual(["ab"]);
    rerender(<SelectionController cy={cy} selectedId={null} />);
    expect(withClass(cy, "selected")).toEqual([]);
    rerender(<SelectionController cy={cy} selectedId="nobody" />);
    expect(withClass(cy, "selected")).toEqual([]);
    unmount();
  });

  test("waits for the canvas", () => {
    expect(() => render(<SelectionController cy={null} selectedId="a" />)).not.toThrow();
  });
});
