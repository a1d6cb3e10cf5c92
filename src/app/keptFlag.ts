// The localStorage key that says a file opened in this browser is kept in IndexedDB
// (src/app/storedNetwork.ts): read before anything else, so the built-in first view never waits
// on IndexedDB. The inline request in index.html reads the same key (scripts/dataPlugin.ts).
export const KEPT_FLAG = "quotegraph:kept";
