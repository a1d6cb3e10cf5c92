import type { Dataset, GraphNode } from "../model/types.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { placesOfNode } from "../model/mentions.ts";
import { snippetOf } from "../model/textMatch.ts";
import { useAppStore } from "../state/store.ts";
import { Highlighted } from "./Highlighted.tsx";
import { useQuoteMessages } from "./quoteMessages.ts";
import { useScriptFold } from "./useScriptFold.ts";
import "./mentions.css";

/** Passages listed per source; more are counted, not listed. */
const MAX_PASSAGES = 6;

/** How many times each source names the entity (any alias, either script), and the passages. */
export function NodeMentions({ node, dataset }: { node: GraphNode; dataset: Dataset }) {
  const m = useQuoteMessages();
  const openSource = useAppStore((s) => s.openSource);
  const fold = useScriptFold();
  const index = indexDataset(dataset);
  const bySource = placesOfNode(dataset, node.id, fold);
  if (bySource.length === 0) return null;
  return (
    <section className="node-mentions" data-testid="node-mentions">
      <h3>{m.mentionsTitle}</h3>
      {bySource.map(({ sourceId, places }) => {
        const source = index.sources.get(sourceId);
        if (!source) return null;
        return (
          <div key={sourceId} className="mention-source">
            <p className="mention-head">
              <span lang={source.language}>{source.title}</span>{" "}
              <span className="count">{m.mentionCount(places.length)}</span>
            </p>
            <ul className="passage-list">
              {places.slice(0, MAX_PASSAGES).map((p) => {
                const snippet = snippetOf(source.text, [[p.start, p.end]], 16, 28);
                return (
                  <li key={p.start}>
                    <button
                      type="button"
                      className="link passage"
                      lang={source.language}
                      onClick={() => openSource(sourceId, p.start, p.end)}
                    >
                      <Highlighted text={snippet.text} ranges={snippet.ranges} />
                    </button>
                  </li>
                );
              })}
              {places.length > MAX_PASSAGES && (
                <li className="more">+{places.length - MAX_PASSAGES}</li>
              )}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
