import { useEffect, useState } from "react";
import { identityFold, type Fold } from "../model/scriptFold.ts";

/**
 * The script fold (src/model/loadScriptFold.ts), loaded on first use: until it is here, names are
 * matched as written (then both scripts, on the next render).
 */
let loaded: Fold | undefined;

export function useScriptFold(): Fold {
  const [fold, setFold] = useState<{ fold: Fold }>({ fold: loaded ?? identityFold });
  useEffect(() => {
    if (loaded) return;
    let live = true;
    void import("../model/loadScriptFold.ts")
      .then((m) => m.loadScriptFold())
      .then((f) => {
        loaded = f;
        if (live) setFold({ fold: f });
      });
    return () => {
      live = false;
    };
  }, []);
  return fold.fold;
}
