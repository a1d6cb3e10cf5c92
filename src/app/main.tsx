import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import "./app.css";
import { initialDataset } from "./loadDataset.ts";

// Start fetching the data now; <App> picks up the same request.
void initialDataset().catch(() => undefined);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
