import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { Dataset } from "../model/types.ts";
import { useAppStore } from "../state/store.ts";
import type { SearchOption } from "./SearchResults.tsx";
import { useMessages } from "./useMessages.ts";
import { useMediaQuery } from "./useMedia.ts";
import { useSearchEngine } from "./useSearchEngine.ts";

/**
 * Search as a combobox: "/" focuses it, arrows choose, Enter opens. It finds entities by name,
 * relations by what their quotes say, sources by title; while a query is typed the relations whose
 * quotes hold it are emphasised on the canvas (store `searchMatches`), with their count.
 */
export function SearchBox({ dataset }: { dataset: Dataset }) {
  const m = useMessages();
  const touch = useMediaQuery("(pointer: coarse)");
  const { selectNode, selectQuote, openSource, setSearchMatches } = useAppStore.getState();
  const { engine, load } = useSearchEngine(dataset);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const q = query.trim();
  const { options, matchingEdges } = useMemo(
    () => engine?.run(q) ?? { options: [], matchingEdges: [] },
    [engine, q],
  );

  // The canvas emphasises every relation whose quotes hold the query, while it is there.
  useEffect(() => {
    setSearchMatches(matchingEdges.length > 0 ? { query: q, edges: matchingEdges } : null);
  }, [matchingEdges, q, setSearchMatches]);
  useEffect(() => () => setSearchMatches(null), [setSearchMatches]);

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

  const choose = (option: SearchOption) => {
    if (option.kind === "node") selectNode(option.hit.id);
    else if (option.kind === "relation") selectQuote(option.hit.edgeId, option.hit.evidence);
    else openSource(option.hit.sourceId);
    setOpen(false);
    setQuery("");
  };
  const expanded = open && q !== "";

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
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && options[active] ? `${listId}-${active}` : undefined}
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
            setActive((i) => Math.min(i + 1, options.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === "Enter") {
            const option = options[active];
            if (option) {
              e.preventDefault();
              choose(option);
            }
          } else if (e.key === "Escape") {
            // First Escape closes the list; the next clears the query (and the canvas's emphasis).
            if (expanded) setOpen(false);
            else setQuery("");
          }
        }}
      />
      {q !== "" && (
        <div className="search-drop">
          {engine && matchingEdges.length > 0 && (
            <engine.Count count={matchingEdges.length} query={q} />
          )}
          {expanded && engine && (
            <engine.Results
              dataset={dataset}
              listId={listId}
              options={options}
              active={active}
              onChoose={choose}
            />
          )}
        </div>
      )}
    </div>
  );
}
