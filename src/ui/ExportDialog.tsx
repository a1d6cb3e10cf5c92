import { useRef } from "react";
import type { ImageExporter } from "../graph/imageExport.ts";
import type { Dataset } from "../model/types.ts";
import { subsetDataset } from "../model/export/subset.ts";
import { download } from "./download.ts";
import { useAppStore } from "../state/store.ts";
import { useMessages } from "./useMessages.ts";

export interface ExportDialogProps {
  dataset: Dataset;
  visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  exporter: ImageExporter | null;
}

/** Take the current (filtered) view away: as an image with its sources, or as data with its quotes. */
export function ExportDialog({ dataset, visible, exporter }: ExportDialogProps) {
  const m = useMessages();
  const dialog = useRef<HTMLDialogElement>(null);
  const view = () => subsetDataset(dataset, visible.nodes, visible.edges);
  const hiddenSources = useAppStore((s) => s.filters.hiddenSources);
  // An image shows relations: its footer names the sources behind the relations drawn, less
  // those the reader has hidden. (Data files keep every quote of each relation.)
  const footer = () => {
    const d = view();
    const cited = new Set(d.edges.flatMap((e) => e.evidence.map((x) => x.sourceId)));
    for (const id of hiddenSources) cited.delete(id);
    return [
      `Quotegraph — ${m.subtitle} — ${d.nodes.length} entities, ${d.edges.length} relations`,
      ...d.sources
        .filter((s) => cited.has(s.id))
        .map((s) => `Source: ${s.title} — ${s.publisher}${s.published ? `, ${s.published}` : ""}`),
    ];
  };
  const items: [string, () => Promise<void> | void][] = [
    [
      "PNG 2×",
      async () => exporter && download("quotegraph@2x.png", await exporter.png(2, footer())),
    ],
    [
      "PNG 4×",
      async () => exporter && download("quotegraph@4x.png", await exporter.png(4, footer())),
    ],
    [
      "SVG",
      async () =>
        exporter && download("quotegraph.svg", await exporter.svg(footer()), "image/svg+xml"),
    ],
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
        <p className="export-buttons">
          {items.map(([label, run]) => (
            <button
              key={label}
              type="button"
              onClick={() => void run()}
              disabled={!exporter && label.includes("PNG")}
            >
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
