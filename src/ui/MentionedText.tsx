import { Fragment } from "react";
import type { Dataset } from "../model/types.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { mentionsInSource, suggestionsIn } from "../model/mentions.ts";
import { readerRuns } from "../model/readerSegments.ts";
import { useAppStore } from "../state/store.ts";
import { useNodeLabel } from "./useMessages.ts";
import { useQuoteMessages } from "./quoteMessages.ts";
import { useScriptFold } from "./useScriptFold.ts";
import "./mentions.css";

/**
 * A stretch [from, to) of a source's text as React text: every name of a known entity (either
 * script) a button that selects it, and every sentence naming two entities that no relation
 * between them cites there marked as a suggestion, with a title saying so.
 */
export function MentionedText({
  dataset,
  sourceId,
  from,
  to,
}: {
  dataset: Dataset;
  sourceId: string;
  from: number;
  to: number;
}) {
  const m = useQuoteMessages();
  const label = useNodeLabel(dataset);
  const selectNode = useAppStore((s) => s.selectNode);
  const fold = useScriptFold();
  const text = indexDataset(dataset).sources.get(sourceId)?.text ?? "";
  const mentions = mentionsInSource(dataset, sourceId, fold);
  const suggestions = suggestionsIn(dataset, sourceId, fold);
  const runs = readerRuns(from, to, mentions, suggestions);
  return (
    <>
      {runs.map((run) => {
        const pieces = run.pieces.map((p) =>
          p.node ? (
            <button
              key={p.start}
              type="button"
              className="mention"
              data-node={p.node}
              title={m.selectEntity(label(p.node))}
              onClick={() => selectNode(p.node as string)}
            >
              {text.slice(p.start, p.end)}
            </button>
          ) : (
            text.slice(p.start, p.end)
          ),
        );
        const suggestion = run.suggestion === undefined ? undefined : suggestions[run.suggestion];
        return suggestion ? (
          <span
            key={run.start}
            className="suggestion"
            data-testid="suggestion"
            title={suggestion.pairs.map(([a, b]) => m.suggestion(label(a), label(b))).join("\n")}
          >
            {pieces}
          </span>
        ) : (
          <Fragment key={run.start}>{pieces}</Fragment>
        );
      })}
    </>
  );
}
