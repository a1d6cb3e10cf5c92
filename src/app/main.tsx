import { datasetRequest } from "./dataRequest.ts";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";
import { App } from "./App.tsx";
import "./app.css";
import { useAppStore } from "../state/store.ts";
import { parseView, partsFor } from "../state/url.ts";
import { preload } from "./lazyParts.ts";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// ?edit=1: the editor, with its own code (none of it in the first view's).
const editing = new URLSearchParams(window.location.search).get("edit") === "1";

// index.html shows "Loading…" until the data is in; React's first render is then the whole app,
// with no empty pass and no effect to wait for before the graph can be drawn.
const { setDataset, setLoadError, applyView } = useAppStore.getState();
// An embed, a presentation or a deep link to an edge needs more code: fetch it with the data.
preload(partsFor(window.location.search));
void datasetRequest
  .then(
    ({ dataset, network }) => {
      setDataset(dataset, network);
      // The first render already shows the view the address names (UrlSync reports what it
      // had to ignore, and keeps the two in step from then on).
      applyView(parseView(window.location.search, dataset).view);
    },
    (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)),
  )
  .finally(() => {
    // Rendered in this task, not on React's scheduler: nothing else is waiting, and the hop to a
    // new task was ~8 ms before the first render began (measured with performance marks).
    const app = createRoot(root);
    if (editing) {
      void import("./editor/EditorApp.tsx").then(({ EditorApp }) => app.render(<EditorApp />));
      return;
    }
    flushSync(() =>
      app.render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    );
  });
