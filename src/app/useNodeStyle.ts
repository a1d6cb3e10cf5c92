import { useEffect, useMemo, useState } from "react";
import type { Dataset } from "../model/types.ts";
import {
  FILE_COLOR,
  FILE_SIZE,
  fileLook,
  type LegendEntry,
  type Style,
} from "../model/styleChoices.ts";

type StyleModule = typeof import("../model/style.ts");
import type { Messages } from "../ui/messages.ts";

const found = new WeakMap<Dataset, Map<string, number>>();

export interface NodeStyle {
  /** id → colour, or null for the type colours. */
  colors: Map<string, string> | null;
  /** id → size, or null for the default (number of relations). */
  sizes: Map<string, number> | null;
  /** The colours' key, or null for the type legend. */
  legend: LegendEntry[] | null;
  /** Edge id → width, or null for one width (by certainty). */
  widths: Map<string, number> | null;
}

/**
 * The colours and sizes the reader chose (`style` in the address). Communities are computed by a
 * module loaded only when asked for; until it is here the type colours stay.
 */
export function useNodeStyle(dataset: Dataset, style: Style, m: Messages): NodeStyle {
  const [communities, setCommunities] = useState<{ of: Dataset; map: Map<string, number> } | null>(
    null,
  );
  const wantsCommunities = style.color === "community";
  // A file's own colours and sizes (GEXF viz) are its defaults, in place of type and relations.
  const look = useMemo(() => fileLook(dataset.nodes), [dataset]);
  // The colour and size functions load only when a style other than the default is chosen.
  const [lib, setLib] = useState<StyleModule | null>(null);
  const styled =
    style.color !== "type" ||
    style.size !== "degree" ||
    style.width !== "same" ||
    look.colors ||
    look.sizes;
  useEffect(() => {
    if (!styled || lib) return;
    let live = true;
    void import("../model/style.ts").then((module) => {
      if (live) setLib(module);
    });
    return () => {
      live = false;
    };
  }, [styled, lib]);
  useEffect(() => {
    if (!wantsCommunities) return;
    let live = true;
    void import("../model/communities.ts").then(({ communities: find }) => {
      // Computed once per network: the canvas and the legend both ask.
      let map = found.get(dataset);
      if (!map) found.set(dataset, (map = find(dataset)));
      if (live) setCommunities({ of: dataset, map });
    });
    return () => {
      live = false;
    };
  }, [dataset, wantsCommunities]);
  return useMemo((): NodeStyle => {
    let colors: NodeStyle["colors"] = null;
    let legend: NodeStyle["legend"] = null;
    if (!lib) return { colors, sizes: null, legend, widths: null };
    if (style.color === "type" && look.colors) {
      ({ colors, legend } = lib.fileColors(dataset, FILE_COLOR, m.fileColors));
    } else if (style.color.startsWith("attr:")) {
      ({ colors, legend } = lib.colorsByAttribute(dataset, style.color.slice(5), m.styleOther));
    } else if (wantsCommunities && communities?.of === dataset) {
      const map = communities.map;
      const group = (id: string) => {
        const c = map.get(id);
        return c === undefined ? undefined : m.communityN(c);
      };
      ({ colors, legend } = lib.colorsOf(dataset.nodes, group, m.styleOther));
    }
    const size = style.size === "degree" && look.sizes ? `attr:${FILE_SIZE}` : style.size;
    const sizes = size === "degree" ? null : lib.sizesOf(dataset, size);
    return { colors, sizes, legend, widths: lib.edgeWidthsOf(dataset, style.width) };
  }, [dataset, style, m, wantsCommunities, communities, lib, look]);
}
