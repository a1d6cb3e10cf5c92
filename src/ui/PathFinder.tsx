import { useId, useState } from "react";
import type { Dataset } from "../model/types.ts";
import { useAppStore } from "../state/store.ts";
import { nodeLabel, useLang, useMessages } from "./useMessages.ts";

/** Pick two entities and ask how they are connected. */
export function PathFinder({ dataset }: { dataset: Dataset }) {
  const m = useMessages();
  const lang = useLang();
  const path = useAppStore((s) => s.path);
  const selection = useAppStore((s) => s.selection);
  const showPath = useAppStore((s) => s.showPath);
  const sorted = [...dataset.nodes].sort((a, b) =>
    nodeLabel(a, lang).localeCompare(nodeLabel(b, lang)),
  );
  const [from, setFrom] = useState(path?.from ?? (selection?.kind === "node" ? selection.id : ""));
  const [to, setTo] = useState(path?.to ?? "");
  const id = useId();
  const options = sorted.map((n) => (
    <option key={n.id} value={n.id}>
      {nodeLabel(n, lang)}
    </option>
  ));
  return (
    <form
      className="path-finder"
      aria-label={m.paths}
      onSubmit={(e) => {
        e.preventDefault();
        if (from && to) showPath(from, to);
      }}
    >
      <h2>{m.paths}</h2>
      <label htmlFor={`${id}-from`}>{m.pathFrom}</label>
      <select id={`${id}-from`} value={from} onChange={(e) => setFrom(e.target.value)}>
        <option value="">—</option>
        {options}
      </select>
      <label htmlFor={`${id}-to`}>{m.pathTo}</label>
      <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
        <option value="">—</option>
        {options}
      </select>
      <button type="submit" disabled={!from || !to || from === to}>
        {m.findPath}
      </button>
    </form>
  );
}
