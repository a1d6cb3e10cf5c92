import { useId, useMemo, useState } from "react";
import type { AuthoredNode } from "../../model/schema.ts";
import { NODE_TYPES, type NodeType } from "../../model/vocabulary.ts";
import type { NewNode } from "../../model/edit/draft.ts";
import type { EditorMessages } from "./editorMessages.ts";

const HAN = /\p{Script=Han}/u;

/** Entities whose name or alias contains the query (any case), best first. */
export function matchEntities(nodes: readonly AuthoredNode[], query: string): AuthoredNode[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const score = (n: AuthoredNode) => {
    const names = [n.label, n.labelZh ?? "", ...n.aliases].map((s) => s.toLowerCase());
    if (names.some((s) => s === q)) return 0;
    if (names.some((s) => s.startsWith(q))) return 1;
    if (names.some((s) => s.includes(q))) return 2;
    return 3;
  };
  return nodes
    .map((n) => ({ n, s: score(n) }))
    .filter((x) => x.s < 3)
    .sort((a, b) => a.s - b.s || a.n.label.localeCompare(b.n.label))
    .slice(0, 8)
    .map((x) => x.n);
}

/**
 * Choose an entity, or create one: type a name, pick a match, or "New entity" with the typed
 * name pre-filled as its label (or Chinese name) and alias.
 */
export function EntityPicker({
  m,
  label,
  nodes,
  value,
  types,
  onPick,
  onCreate,
}: {
  m: EditorMessages;
  label: string;
  nodes: readonly AuthoredNode[];
  value: string | null;
  /** The types this end allows (all when undefined). */
  types?: readonly NodeType[];
  onPick(id: string | null): void;
  onCreate(node: NewNode): void;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [creating, setCreating] = useState<NewNode | null>(null);
  const chosen = nodes.find((n) => n.id === value);
  const matches = useMemo(
    () => matchEntities(types ? nodes.filter((n) => types.includes(n.type)) : nodes, query),
    [nodes, query, types],
  );
  if (chosen)
    return (
      <fieldset className="entity-picker">
        <legend>{label}</legend>
        <span className="chosen">
          {chosen.label}
          {chosen.labelZh ? ` · ${chosen.labelZh}` : ""} <small>({chosen.type})</small>
        </span>{" "}
        <button type="button" onClick={() => onPick(null)} aria-label={`${m.remove}: ${label}`}>
          ×
        </button>
      </fieldset>
    );
  const startCreating = () => {
    const name = query.trim();
    const zh = HAN.test(name);
    setCreating({
      type: types?.[0] ?? "person",
      label: zh ? "" : name,
      ...(zh ? { labelZh: name } : {}),
      aliases: [name],
    });
  };
  return (
    <fieldset className="entity-picker">
      <legend>{label}</legend>
      <input
        id={id}
        value={query}
        placeholder={m.searchEntity}
        aria-label={`${label}: ${m.searchEntity}`}
        onChange={(e) => {
          setQuery(e.target.value);
          setCreating(null);
        }}
      />
      {query.trim() !== "" && !creating && (
        <ul className="matches">
          {matches.map((n) => (
            <li key={n.id}>
              <button type="button" onClick={() => onPick(n.id)}>
                {n.label}
                {n.labelZh ? ` · ${n.labelZh}` : ""} <small>({n.type})</small>
              </button>
            </li>
          ))}
          <li>
            <button type="button" onClick={startCreating}>
              {m.create(query.trim())}
            </button>
          </li>
        </ul>
      )}
      {creating && (
        <NewEntity
          m={m}
          draft={creating}
          types={types ?? NODE_TYPES}
          onChange={setCreating}
          onDone={() => {
            onCreate(creating);
            setCreating(null);
            setQuery("");
          }}
        />
      )}
    </fieldset>
  );
}

function NewEntity({
  m,
  draft,
  types,
  onChange,
  onDone,
}: {
  m: EditorMessages;
  draft: NewNode;
  types: readonly NodeType[];
  onChange(next: NewNode): void;
  onDone(): void;
}) {
  return (
    <div className="new-entity">
      <label>
        {m.type}
        <select
          aria-label={m.type}
          value={draft.type}
          onChange={(e) => onChange({ ...draft, type: e.target.value as NodeType })}
        >
          {types.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label>
        {m.label}
        <input
          value={draft.label}
          onChange={(e) => onChange({ ...draft, label: e.target.value })}
          required
        />
      </label>
      <label>
        {m.labelZh}
        <input
          value={draft.labelZh ?? ""}
          onChange={(e) => onChange({ ...draft, labelZh: e.target.value })}
        />
      </label>
      <label>
        {m.aliases}
        <input
          value={(draft.aliases ?? []).join(", ")}
          onChange={(e) =>
            onChange({ ...draft, aliases: e.target.value.split(/\s*[,，]\s*/).filter(Boolean) })
          }
        />
      </label>
      <button type="button" disabled={!draft.label.trim()} onClick={onDone}>
        {m.createButton}
      </button>
    </div>
  );
}
