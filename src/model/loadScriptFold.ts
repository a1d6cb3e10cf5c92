// The fold's tables (about 30 KB of OpenCC's character lists), loaded on first use. Kept apart from
// OpenCC's converters and its 1 MB phrase list (vite.config.ts gives them a chunk of their own).
import { makeFold, type Fold } from "./scriptFold.ts";

let loading: Promise<Fold> | undefined;

export function loadScriptFold(): Promise<Fold> {
  loading ??= Promise.all([
    import("opencc-js/dict/TSCharacters"),
    import("opencc-js/dict/TWVariantsRev"),
    import("opencc-js/dict/HKVariantsRev"),
  ]).then(([ts, tw, hk]) => makeFold(ts.default, [tw.default, hk.default]));
  return loading;
}
