import { useEffect, useState } from "react";
import type { StylesheetJson } from "cytoscape";
import { smallStylesheet } from "./stylesheet.ts";

type LargeSheets = typeof import("./largeStylesheet.ts");

/**
 * The canvas's stylesheet: at once for a graph up to LARGE_GRAPH (or on stage); a large graph's
 * loads with it (null until then, and the canvas waits: styling twice would cost more).
 */
export function useStylesheet(
  stage: boolean,
  large: boolean,
  dark: boolean,
): StylesheetJson | null {
  const [sheets, setSheets] = useState<LargeSheets | null>(null);
  const wanted = large && !stage;
  useEffect(() => {
    if (!wanted || sheets) return;
    let live = true;
    void import("./largeStylesheet.ts").then((m) => live && setSheets(m));
    return () => {
      live = false;
    };
  }, [wanted, sheets]);
  if (!wanted) return smallStylesheet(stage, dark);
  return sheets ? sheets.pickStylesheet(stage, large, dark) : null;
}
