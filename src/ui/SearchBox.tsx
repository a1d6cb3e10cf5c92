import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { Dataset } from "../model/types.ts";
import { indexDataset } from "../model/indexDataset.ts";
import type { Search } from "../model/search.ts";
import { useAppStore } from "../state/store.ts";
import { TypeIcon } from "./Legend.tsx";
import { nodeLabel, useLang, useMessages } from "./useMessages.ts";
import { useMediaQuery } from "./useMedia.ts";

/** Search as a combobox: "/" focuses it, arrows choose, Enter selects and centres. */
export function SearchBox({ dataset }: { dataset: Dataset }) {
  const m = useMessages();
  const lang = useLang();
  const touch = useMediaQuery("(pointer: coarse)");
  const selectNode = useAppStore((s) => s.selectNode);
  // The matcher (and its fuzzy-search library) loads when the reader first reaches for search,
  // and is built again for a network opened in its place.
  const [matcher, setMatcher] = useState<{ dataset: Dataset; search: Search } | null>(null);
  const search = matcher?.dataset === dataset ? matcher.search : null;
  const load = useCallback(() => {
    void import("../model/search.ts").then(({ createSearch }) =>
      setMatcher((prev) =>
        prev?.dataset === dataset ? prev : { dataset, search: createSearch(dataset.nodes) },
      ),
    );
  }, [dataset]);
  // Fetch it once the graph is drawn (or no graph is on screen) and the page is idle, so it never
  // delays the first view and a fast typist never waits for it.
  const ready = useAppStore((s) => s.graphDrawn || s.mode !== "graph");
  useEffect(() => {
    if (!ready) return;
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1500));
    idle(load);
  }, [ready, load]);
  const byId = indexDataset(dataset).nodes;
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hits = useMemo(() => (search && query.trim() ? search(query, 8) : []), [search, query]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing =
        target &&
        (target.tagName === "INPUT" ||
          target.tagName === "TEXTAREA" ||
          target.tagName === "SELECT");
      if (e.key === "/" && !typing) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const choose = (id: string) => {
    selectNode(id);
    setOpen(false);
    setQuery("");
  };

  return (
    <div className="search" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {m.searchLabel}
      </label>
      <input
        id={`${listId}-input`}
        ref={input}
        type="search"
        role="combobox"
        aria-expanded={open && query.trim() !== ""}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        // No keyboard hint where there is no keyboard.
        placeholder={touch ? m.searchPlaceholderTouch : m.searchPlaceholder}
        value={query}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={load}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, hits.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === "Enter") {
            const hit = hits[active];
            if (hit) {
              e.preventDefault();
              choose(hit.id);
            }
          } else if (e.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      {open && query.trim() !== "" && (
        <ul id={listId} role="listbox" className="search-results" aria-label={m.searchLabel}>
          {hits.length === 0 && <li className="empty">{m.noResults}</li>}
          {hits.map((hit, i) => {
            const node = byId.get(hit.id);
            return (
              <li
                key={hit.id}
                id={`${listId}-${i}`}
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
