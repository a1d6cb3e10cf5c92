import { lazy, Suspense, useState, type MouseEvent } from "react";
import { useAppStore } from "../state/store.ts";
import type { Dataset } from "../model/types.ts";
import { SearchBox } from "./SearchBox.tsx";
import { OpenFile } from "./OpenFile.tsx";
import type { ImageExporter } from "../graph/imageExport.ts";
import { useLang, useMessages } from "./useMessages.ts";

export type Drawer = "filters" | "path" | null;

// The export and embed dialogs load after the first view (their buttons stand in, disabled, for
// the moment it takes): they are not needed to read the graph, and the first view has a budget.
const loadExport = () => import("./ExportDialog.tsx");
const loadEmbed = () => import("./EmbedDialog.tsx");
const ExportDialog = lazy(() => loadExport().then((m) => ({ default: m.ExportDialog })));
const EmbedDialog = lazy(() => loadEmbed().then((m) => ({ default: m.EmbedDialog })));
const standIn = (label: string) => (
  <button type="button" disabled>
    {label}
  </button>
);
/** Fetch the dialogs' code in idle time, once the graph is drawn. */
export function prefetchDialogs() {
  void loadExport().catch(() => undefined);
  void loadEmbed().catch(() => undefined);
}

export interface ToolbarProps {
  dataset: Dataset;
  visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  exporter: ImageExporter | null;
  onFiles(files: FileList): void;
  drawer: Drawer;
  onDrawer(drawer: Drawer): void;
}

export function Toolbar({ dataset, visible, exporter, onFiles, drawer, onDrawer }: ToolbarProps) {
  const m = useMessages();
  const lang = useLang();
  const mode = useAppStore((s) => s.mode);
  const layoutRun = useAppStore((s) => s.layoutRun);
  const { setMode, setLang, rerunLayout, restoreLayout, openSource, startStory } =
    useAppStore.getState();
  const toggle = (d: Drawer) => onDrawer(drawer === d ? null : d);
  // On a phone the tools sit behind a menu button (the header stays one row); a tool chosen
  // closes the menu. Elsewhere the menu button is not shown and the tools always are.
  const [menu, setMenu] = useState(false);
  const chosen = (e: MouseEvent) => {
    if ((e.target as HTMLElement).closest("button, label")) setMenu(false);
  };
  const hasSources = dataset.sources.length > 0;
  const later = useAppStore((s) => s.graphDrawn || s.mode !== "graph");
  return (
    <header className="topbar">
      <h1>{m.appTitle}</h1>
      <p className="subtitle">{dataset.title ?? m.subtitle}</p>
      <SearchBox dataset={dataset} />
      <button
        type="button"
        className="menu-button"
        aria-expanded={menu}
        aria-controls="tools"
        onClick={() => setMenu(!menu)}
      >
        <span aria-hidden="true">☰</span> {m.menu}
      </button>
      <nav
        id="tools"
        className={`tools${menu ? " open" : ""}`}
        aria-label="Tools"
        onClick={chosen}
        onKeyDown={(e) => {
          if (e.key === "Escape") setMenu(false);
        }}
      >
        <button type="button" aria-pressed={drawer === "filters"} onClick={() => toggle("filters")}>
          {m.filters}
        </button>
        <button type="button" aria-pressed={drawer === "path"} onClick={() => toggle("path")}>
          {m.paths}
        </button>
        {/* An imported network has no sources: nothing to open. */}
        {hasSources && (
          <button type="button" onClick={() => openSource(dataset.sources[0]?.id ?? "")}>
            {m.sources}
          </button>
        )}
        <button
          type="button"
          aria-pressed={mode === "table"}
          onClick={() => setMode(mode === "table" ? "graph" : "table")}
        >
          {mode === "table" ? m.graphView : m.tableView}
        </button>
        {mode === "graph" && (
          <button type="button" onClick={rerunLayout}>
            {m.rerunLayout}
          </button>
        )}
        {mode === "graph" && layoutRun > 0 && (
          <button type="button" onClick={restoreLayout}>
            {m.restoreLayout}
          </button>
        )}
        {dataset.stories?.[0] && (
          <button type="button" onClick={() => startStory(dataset.stories?.[0]?.id ?? "")}>
            {m.present}
          </button>
        )}
        <OpenFile onFiles={onFiles} />
        {/* The editor: build a network of your own by citing passages as you read. */}
        <a className="button-like" href="?edit=1">
          {m.citeSources}
        </a>
        {/* Until the graph is drawn (and while their code loads) the buttons stand in, disabled. */}
        {later ? (
          <>
            <Suspense fallback={standIn(m.export)}>
              <ExportDialog dataset={dataset} visible={visible} exporter={exporter} />
            </Suspense>
            <Suspense fallback={standIn(m.embed)}>
              <EmbedDialog />
            </Suspense>
          </>
        ) : (
          <>
            {standIn(m.export)}
            {standIn(m.embed)}
          </>
        )}
        <button
          type="button"
          lang={lang === "en" ? "zh" : "en"}
          aria-label={m.languageLabel}
          onClick={() => setLang(lang === "en" ? "zh" : "en")}
        >
          {m.language}
        </button>
      </nav>
    </header>
  );
}
