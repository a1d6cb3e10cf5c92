import { defaultStyle } from "../model/styleChoices.ts";
import { describe, expect, test } from "vitest";
import { makeDataset } from "../model/testDataset.ts";
import { parseView, serializeView, partsFor } from "./url.ts";
import { DEFAULT_VIEW, type ViewState } from "./view.ts";

const dataset = makeDataset({
  nodes: [
    ["a", "person"],
    ["b", "university"],
  ],
  edges: [["a", "studied_at", "b", { sources: ["s1"] }]],
});

describe("parseView", () => {
  test("an empty query is the default view", () => {
    expect(parseView("", dataset)).toEqual({ view: DEFAULT_VIEW, notices: [] });
  });

  test("round-trips every part of a view", () => {
    const view: ViewState = {
      selection: { kind: "edge", id: "a--studied_at--b" },
      reader: { sourceId: "s1", start: 0, end: 1 },
      filters: {
        hiddenNodeTypes: ["paper", "venue"],
        hiddenRelationTypes: ["authored"],
        hiddenSources: ["s1"],
        hiddenCertainties: ["hedged"],
        years: { from: 2019, to: 2023 },
      },
      focus: 2,
      only: true,
      path: { from: "a", to: "b" },
      lang: "zh",
      mode: "table",
      camera: { zoom: 1.25, x: -120, y: 40 },
      embed: true,
      present: null,
      presenter: false,
      style: { color: "community", size: "quotes", width: "same" },
    };
    const search = serializeView(view);
    expect(search).toBe(
      "?edge=a--studied_at--b&source=s1&quote=0-1&hide=paper,venue&hideRel=authored&hideSrc=s1&hideCert=hedged" +
        "&years=2019-2023&focus=2&only=1&path=a~b&lang=zh&mode=table&cam=1.25,-120,40&embed=1" +
        "&color=community&size=quotes",
    );
    expect(parseView(search, dataset)).toEqual({ view, notices: [] });
  });

  test("drops unknown ids, values and parameters, one notice each, and keeps the rest", () => {
    const { view, notices } = parseView(
      "?node=zz&hide=person,alien&years=2023-2019&focus=3&lang=fr&cam=0,1,2&path=a~nobody&quote=9-1&source=s9&what=1",
      dataset,
    );
    expect(view.selection).toBeNull();
    expect(view.filters.hiddenNodeTypes).toEqual(["person"]);
    expect(view.filters.years).toBeNull();
    expect(view.focus).toBe(0);
    expect(view.lang).toBeNull();
    expect(view.camera).toBeNull();
    expect(view.path).toBeNull();
    expect(view.reader).toBeNull();
    expect(notices).toEqual([
      'Ignored unknown parameter "what".',
      "Ignored node=zz: no such entity.",
      "Ignored source=s9: no such source.",
      "Ignored hide=alien: unknown value.",
      "Ignored years=2023-2019: expected YYYY-YYYY.",
      "Ignored focus=3: expected 1 or 2.",
      "Ignored path=a~nobody: expected two entity ids joined by ~.",
      "Ignored lang=fr: expected en or zh.",
      "Ignored cam=0,1,2: expected zoom,x,y.",
    ]);
  });

  test("a style names an attribute the nodes carry, of the right kind", () => {
    const { view, notices } = parseView("?color=attr:nothing&size=attr:nothing", dataset);
    expect(view.style).toEqual(DEFAULT_VIEW.style);
    expect(notices).toEqual([
      "Ignored color=attr:nothing: expected type, community or attr:<a text attribute>.",
      "Ignored size=attr:nothing: expected degree, quotes or attr:<a numeric attribute>.",
    ]);
  });

  test("edge width by weight round-trips when edges have weights, and is refused otherwise", () => {
    const weighted = {
      ...dataset,
      edges: dataset.edges.map((e) => ({ ...e, weight: 3 })),
    };
    const { view, notices } = parseView("?width=attr:weight", weighted);
    expect(view.style).toEqual({ ...DEFAULT_VIEW.style, width: "attr:weight" });
    expect(notices).toEqual([]);
    expect(new URLSearchParams(serializeView(view)).get("width")).toBe("attr:weight");
    expect(parseView("?width=attr:weight", dataset)).toEqual({
      view: DEFAULT_VIEW,
      notices: [
        "Ignored width=attr:weight: expected same or attr:weight (when edges have weights).",
      ],
    });
  });

  test("a quote range must lie inside its source", () => {
    const { view, notices } = parseView("?source=s1&quote=0-99999", dataset);
    expect(view.reader).toEqual({ sourceId: "s1" });
    expect(notices).toEqual(["Ignored quote=0-99999: not a range inside the source."]);
  });

  test("hostile values are reported shortened and never become state", () => {
    const long = "<script>alert(1)</script>".repeat(10);
    const { view, notices } = parseView(`?node=${encodeURIComponent(long)}`, dataset);
    expect(view.selection).toBeNull();
    expect(notices[0]?.length).toBeLessThan(100);
  });
});

describe("partsFor", () => {
  test("names the shell and panel code an address will need, and nothing for a plain one", () => {
    expect(partsFor("")).toEqual([]);
    expect(partsFor("?lang=zh&cam=1,2,3")).toEqual([]);
    expect(partsFor("?edge=saining-xie--authored--dit&embed=1")).toEqual(["embed", "edge"]);
    expect(partsFor("?present=sora&step=3")).toEqual(["present"]);
    expect(partsFor("?node=tim-brooks&source=002&mode=table")).toEqual(["node", "source", "table"]);
    expect(partsFor("?path=a~b")).toEqual(["path"]);
    // Values that cannot mean anything ask for nothing (the full parse reports them).
    expect(partsFor("?embed=yes&edge=&present=")).toEqual([]);
  });
});

describe("a network's own default style and its name in a bundle", () => {
  const baked = { ...dataset, style: { color: "community", size: "quotes" } };

  test("a network baked with a style opens in it, and its address leaves it out", () => {
    const { view } = parseView("", baked);
    expect(view.style).toEqual({ color: "community", size: "quotes", width: "same" });
    expect(serializeView(view, { style: defaultStyle(baked) })).toBe("");
    // The app's own default is then a choice the address must name.
    const chosen = { ...view, style: { color: "type", size: "degree", width: "same" } };
    const search = serializeView(chosen, { style: defaultStyle(baked) });
    expect(search).toBe("?color=type&size=degree");
    expect(parseView(search, baked).view.style).toEqual(chosen.style);
  });

  test("?data= names the bundle's network: known, kept first, and no part of the view", () => {
    const { view, notices } = parseView("?data=beta&node=a", dataset);
    expect(notices).toEqual([]);
    expect(view).toEqual({ ...DEFAULT_VIEW, selection: { kind: "node", id: "a" } });
    expect(serializeView(view, { data: "beta" })).toBe("?data=beta&node=a");
    expect(serializeView(DEFAULT_VIEW, { data: "beta" })).toBe("?data=beta");
    expect(serializeView(view, { data: null })).toBe("?node=a");
  });
});
