import { useId, useMemo, useState } from "react";
import type { Dataset } from "../model/types.ts";
import type { Search } from "../model/search.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { TypeIcon } from "./Legend.tsx";
import { nodeLabel, useLang } from "./useMessages.ts";
import { useAllMessages } from "./panelMessages.ts";

/** Matches listed under the box: enough to choose among, few enough to read. */
const HITS = 8;

/**
 * One end of a path, chosen by typing (a combobox over the app's matcher: arrows choose, Enter
 * picks, Escape closes) or, with the button beside it, by clicking an entity on the graph.
 */
export function EndPicker({
  dataset,
  label,
  value,
  onChange,
  search,
  picking,
  onPick,
}: {
  dataset: Dataset;
  label: string;
  /** The chosen entity's id, or "" for none. */
  value: string;
  onChange(id: string): void;
  search: Search | null;
  /** Waiting for a click on the graph for this end. */
  picking: boolean;
  onPick(): void;
}) {
  const m = useAllMessages();
  const lang = useLang();
  const id = useId();
  const byId = indexDataset(dataset).nodes;
  const chosen = value ? byId.get(value) : undefined;
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const typing = query !== null;
  const text = typing ? query : chosen ? nodeLabel(chosen, lang) : "";
  const hits = useMemo(() => (search && query?.trim() ? search(query, HITS) : []), [search, query]);
  const open = typing && query.trim() !== "";
  const choose = (nodeId: string) => {
    onChange(nodeId);
    setQuery(null);
  };
  return (
    <div className="end-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="end-row">
        <input
          id={`${id}-input`}
          type="search"
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={open && hits[active] ? `${id}-${active}` : undefined}
          placeholder={m.pathEndPlaceholder}
          autoComplete="off"
          value={text}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            if (value) onChange("");
          }}
          onBlur={() => setTimeout(() => setQuery(null), 150)}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") {
              e.preventDefault();
              setActive((i) => Math.min(i + 1, hits.length - 1));
            } else if (e.key === "ArrowUp") {
              e.preventDefault();
              setActive((i) => Math.max(i - 1, 0));
            } else if (e.key === "Enter" && open) {
              e.preventDefault();
              const hit = hits[active];
              if (hit) choose(hit.id);
            } else if (e.key === "Escape" && open) {
              e.preventDefault();
              setQuery(null);
            }
          }}
        />
        <button
          type="button"
          className="pick-on-canvas"
          aria-pressed={picking}
          aria-label={`${m.pickOnCanvas}: ${label}`}
          title={m.pickOnCanvas}
          onClick={onPick}
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <circle cx="8" cy="8" r="1.8" fill="currentColor" />
          </svg>
        </button>
      </div>
      {open && (
        <ul id={`${id}-list`} role="listbox" className="search-results" aria-label={label}>
          {hits.length === 0 && <li className="empty">{m.noResults}</li>}
          {hits.map((hit, i) => {
            const node = byId.get(hit.id);
            return (
              <li
                key={hit.id}
                id={`${id}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(hit.id);
                }}
              >
                {node && <TypeIcon type={node.type} />} {node ? nodeLabel(node, lang) : hit.label}
                {node?.labelZh && lang === "en" && (
                  <span className="label-other"> {node.labelZh}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
