import { useState } from "react";
import type { Dataset } from "../model/types.ts";
import { useShallow } from "zustand/react/shallow";
import { urlBaseOf, useAppStore, viewOf } from "../state/store.ts";
import { serializeView } from "../state/url.ts";
import { EmbedStepCard } from "../ui/EmbedStepCard.tsx";
import { EvidenceDrawer } from "../ui/EvidenceDrawer.tsx";
import { ConnectedCanvas } from "./ConnectedCanvas.tsx";
import { StatusRegion } from "../ui/StatusRegion.tsx";
import { useCoveredInsets } from "./useCoveredInsets.ts";
import { useViewModel } from "./useViewModel.ts";
import "./embed.css";
import { useAllMessages } from "../ui/panelMessages.ts";

/**
 * Inside a blog post: the graph, an evidence drawer over it and a link to the full view. The
 * embed is exactly as tall as the iframe the post's author sized: nothing a reader opens changes
 * that, so the post's text never moves. The drawer scrolls on its own, and the camera frames the
 * selection (or the step of a story the link names) beside it. The canvas takes no wheel or drag
 * until the reader clicks into it, so the page keeps scrolling.
 */
export function EmbedApp({ dataset }: { dataset: Dataset }) {
  const m = useAllMessages();
  const view = useAppStore(useShallow(viewOf));
  const vm = useViewModel(dataset);
  const [active, setActive] = useState(false);
  const [insets, drawerRef] = useCoveredInsets();
  const selected = useAppStore((s) => s.selection !== null);
  const base = useAppStore(useShallow(urlBaseOf));
  const full = `${window.location.pathname}${serializeView({ ...view, embed: false }, base)}`;
  return (
    <div className="embed">
      <StatusRegion dataset={dataset} />
      <header className="embed-bar">
        <span className="embed-title">{dataset.title ?? m.subtitle}</span>
        <a href={full} target="_blank" rel="noopener">
          {m.openFullView}
        </a>
      </header>
      <div
        className="embed-stage"
        onPointerDown={() => setActive(true)}
        onFocus={() => setActive(true)}
        onMouseLeave={() => setActive(false)}
      >
        <ConnectedCanvas dataset={dataset} vm={vm} insets={insets} interactive={active} />
        {!active && (
          <p className="embed-hint" aria-hidden="true">
            {m.clickToExplore}
          </p>
        )}
        {/* A link that names a story's step opens on its caption; a selection takes its place. */}
        {selected ? (
          <EvidenceDrawer dataset={dataset} ref={drawerRef} />
        ) : (
          <EmbedStepCard dataset={dataset} ref={drawerRef} />
        )}
      </div>
    </div>
  );
}
