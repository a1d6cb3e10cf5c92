import { useRef, useState } from "react";
import type { ExportScope, ImageExporter } from "../graph/imageExport.ts";
import type { Dataset } from "../model/types.ts";
import { subsetDataset } from "../model/export/subset.ts";
import { download } from "./download.ts";
import { useAppStore } from "../state/store.ts";
import { useAllMessages } from "./panelMessages.ts";

export interface ExportDialogProps {
  dataset: Dataset;
  visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  exporter: ImageExporter | null;
}

/** Take the current (filtered) view away: as an image with its sources, or as data with its quotes. */
export function ExportDialog({ dataset, visible, exporter }: ExportDialogProps) {
  const m = useAllMessages();
  const dialog = useRef<HTMLDialogElement>(null);
  const view = () => subsetDataset(dataset, visible.nodes, visible.edges);
  const hiddenSources = useAppStore((s) => s.filters.hiddenSources);
  const [scope, setScope] = useState<ExportScope>("whole");
  const [transparent, setTransparent] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // An image shows relations: its footer names the sources behind the relations it draws, less
  // those the reader has hidden. (Data files keep every quote of each relation.)
  const footer = (image: ImageExporter) => {
    const drawn = image.contents(scope);
    const d = subsetDataset(dataset, drawn.nodes, drawn.edges);
    const cited = new Set(d.edges.flatMap((e) => e.evidence.map((x) => x.sourceId)));
    for (const id of hiddenSources) cited.delete(id);
    return [
      m.imageFooter(dataset.title ?? m.subtitle, d.nodes.length, d.edges.length),
      ...d.sources
        .filter((s) => cited.has(s.id))
        .map(
          (s) =>
            `${m.imageSource}: ${s.title} — ${s.publisher}${s.published ? `, ${s.published}` : ""}`,
        ),
    ];
  };
  // An image needs something to draw; say so rather than fail in the console.
  const image = (make: (e: ImageExporter) => Promise<void>) => async () => {
    if (!exporter) return;
    if (exporter.contents(scope).nodes.size === 0) return setProblem(m.exportNothing);
    setProblem(null);
    await make(exporter).catch(() => setProblem(m.exportFailed));
  };
  const png = (scale: 2 | 4) =>
    image(async (e) => {
      const blob = await e.png({ scope, scale, transparent }, footer(e));
      download(`quotegraph@${scale}x.png`, blob);
    });
  const images: [string, () => Promise<void>][] = [
    ["PNG 2×", png(2)],
    ["PNG 4×", png(4)],
    [
      "SVG",
      image(async (e) =>
        download("quotegraph.svg", await e.svg({ scope }, footer(e)), "image/svg+xml"),
      ),
    ],
  ];
  const items: [string, () => Promise<void> | void][] = [
    ["graph.json", () => download("graph.json", `${JSON.stringify(view())}\n`, "application/json")],
    // The serializers load on demand: the first view does not need them.
    [
      m.exportRelationsCsv,
      async () => {
        const { relationsCsv } = await import("../model/export/csv.ts");
        download("relations.csv", relationsCsv(view()), "text/csv;charset=utf-8");
      },
    ],
    [
      m.exportEntitiesCsv,
      async () => {
        const { nodesCsv } = await import("../model/export/csv.ts");
        download("entities.csv", nodesCsv(view()), "text/csv;charset=utf-8");
      },
    ],
    [
      "GraphML",
      async () => {
        const { toGraphML } = await import("../model/export/graphml.ts");
        download("quotegraph.graphml", toGraphML(view()), "application/xml");
      },
    ],
    [
      "GEXF",
      async () => {
        const { toGEXF } = await import("../model/export/gexf.ts");
        download("quotegraph.gexf", toGEXF(view()), "application/xml");
      },
    ],
  ];
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {m.export}
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="export-title">
        <h2 id="export-title">{m.exportTitle}</h2>
        <p>{m.exportHelp}</p>
        <fieldset>
          <legend>{m.exportImageOf}</legend>
          {(
            [
              ["whole", m.exportWhole],
              ["view", m.exportView],
            ] as const
          ).map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="export-scope"
                checked={scope === value}
                onChange={() => setScope(value)}
              />{" "}
              {label}
            </label>
          ))}{" "}
          <label>
            <input
              type="checkbox"
              checked={transparent}
              onChange={(e) => setTransparent(e.target.checked)}
            />{" "}
            {m.exportTransparent}
          </label>
          <p>{m.exportImageHelp}</p>
          <p role="status">{problem}</p>
          <p className="export-buttons">
            {images.map(([label, run]) => (
              <button key={label} type="button" onClick={() => void run()} disabled={!exporter}>
                {label}
              </button>
            ))}
          </p>
        </fieldset>
        <p className="export-buttons">
          {items.map(([label, run]) => (
            <button key={label} type="button" onClick={() => void run()}>
              {label}
            </button>
          ))}
        </p>
        <button type="button" onClick={() => dialog.current?.close()}>
          {m.close}
        </button>
      </dialog>
    </>
  );
}
