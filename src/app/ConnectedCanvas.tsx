import { useCallback, useMemo } from "react";
import { GraphCanvas } from "../graph/GraphCanvas.tsx";
import type { Insets } from "../graph/CameraController.tsx";
import type { ImageExporter } from "../graph/imageExport.ts";
import type { Dataset } from "../model/types.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { useAppStore } from "../state/store.ts";
import { useLang, useMessages } from "../ui/useMessages.ts";
import { useDescribe } from "../ui/useDescribe.ts";
import { useNodeStyle } from "./useNodeStyle.ts";
import { canvasName } from "../model/picture/wrapLabel.ts";
import { useMediaQuery } from "../ui/useMedia.ts";
import type { ViewModel } from "./useViewModel.ts";

const NO_INSETS: Insets = { right: 0, bottom: 0 };

/** The canvas wired to the store: what to show comes from the view model, events become actions. */
export function ConnectedCanvas({
  dataset,
  vm,
  insets = NO_INSETS,
  interactive = true,
  stage = false,
  onExporter,
}: {
  dataset: Dataset;
  vm: ViewModel;
  insets?: Insets;
  interactive?: boolean;
  stage?: boolean;
  onExporter?: (exporter: ImageExporter | null) => void;
}) {
  const m = useMessages();
  const lang = useLang();
  const dark = useMediaQuery("(prefers-color-scheme: dark)");
  const portrait = useMediaQuery("(orientation: portrait)");
  const describe = useDescribe(dataset);
  const style = useAppStore((s) => s.style);
  const nodeStyle = useNodeStyle(dataset, style, m);
  const zoomLabels = useMemo(
    () => ({ zoomIn: m.zoomIn, zoomOut: m.zoomOut, fit: m.fitGraph }),
    [m],
  );
  const layoutLabels = useMemo(() => ({ running: m.layoutRunning, stop: m.stopLayout }), [m]);
  const selection = useAppStore((s) => s.selection);
  const only = useAppStore((s) => s.only);
  const camera = useAppStore((s) => s.camera);
  const layoutRun = useAppStore((s) => s.layoutRun);
  const { selectNode, selectEdge, clearSelection, setCamera, setGraphDrawn } =
    useAppStore.getState();
  const labelOf = useCallback(
    (id: string) => {
      const n = indexDataset(dataset).nodes.get(id);
      return n ? canvasName(n, lang) : id;
    },
    [dataset, lang],
  );
  return (
    <GraphCanvas
      dataset={dataset}
      labelOf={labelOf}
      describe={describe}
      portrait={portrait}
      nodeColors={nodeStyle.colors}
      nodeSizes={nodeStyle.sizes}
      edgeWidths={nodeStyle.widths}
      zoomLabels={zoomLabels}
      layoutLabels={layoutLabels}
      dark={dark}
      label={`${dataset.title ?? m.subtitle}. ${m.canvasKeys}`}
      selectedId={selection?.id ?? null}
      visible={vm.visible}
      emphasis={vm.emphasis}
      hideOutside={only && Boolean(selection)}
      camera={camera}
      focusIds={vm.focusIds}
      insets={insets}
      layoutRun={layoutRun}
      interactive={interactive}
      stage={stage}
      {...(onExporter ? { onExporter } : {})}
      onCamera={setCamera}
      onSelectNode={selectNode}
      onSelectEdge={selectEdge}
      hoverOf={vm.hoverOf}
      onClear={clearSelection}
      onDrawn={setGraphDrawn}
    />
  );
}
