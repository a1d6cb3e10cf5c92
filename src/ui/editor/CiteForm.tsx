import { useMemo, useState, type FormEvent } from "react";
import type { AuthoredNode } from "../../model/schema.ts";
import { RELATION_TYPES, RELATION_TYPE_IDS, type RelationType } from "../../model/vocabulary.ts";
import type { NewNode } from "../../model/edit/draft.ts";
import { hedgeWordsIn } from "../../model/edit/hedges.ts";
import type { EditorMessages } from "./editorMessages.ts";
import { EntityPicker } from "./EntityPicker.tsx";

export type Citation =
  | { kind: "relation"; source: string; type: RelationType; target: string }
  | { kind: "fact"; node: string; text: string };

/**
 * The selected passage, cited: as a relation between two entities (a type the vocabulary allows
 * between their types) or as a fact about one, with our translation and, where the words
 * speculate, the hedge (pre-filled with the hedge words found in the passage).
 */
export function CiteForm({
  m,
  quote,
  occurrence,
  nodes,
  onCreate,
  onCite,
}: {
  m: EditorMessages;
  quote: string;
  occurrence: number | undefined;
  nodes: readonly AuthoredNode[];
  /** Adds the entity and returns its id. */
  onCreate(node: NewNode): string;
  onCite(c: Citation, translation: string, hedgeWords: string[]): void;
}) {
  const found = useMemo(() => hedgeWordsIn(quote), [quote]);
  const [kind, setKind] = useState<"relation" | "fact">("relation");
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [type, setType] = useState<RelationType | "">("");
  const [factText, setFactText] = useState("");
  const [translation, setTranslation] = useState("");
  const [hedged, setHedged] = useState(found.length > 0);
  const [words, setWords] = useState(found.join(", "));
  const typeOf = (id: string | null) => nodes.find((n) => n.id === id)?.type;
  const fromType = typeOf(from);
  const toType = typeOf(to);
  const allowed = RELATION_TYPE_IDS.filter((t) => {
    const info = RELATION_TYPES[t];
    return (
      (!fromType || (info.from as readonly string[]).includes(fromType)) &&
      (!toType || (info.to as readonly string[]).includes(toType))
    );
  });
  const info = type ? RELATION_TYPES[type] : undefined;
  const ready =
    translation.trim() !== "" &&
    (kind === "relation" ? Boolean(from && to && type) : Boolean(from && factText.trim()));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready || !from) return;
    const hedgeWords = hedged ? words.split(/\s*[,，]\s*/).filter(Boolean) : [];
    if (kind === "relation" && to && type)
      onCite({ kind, source: from, type, target: to }, translation, hedgeWords);
    else onCite({ kind: "fact", node: from, text: factText }, translation, hedgeWords);
  };
  return (
    <form className="cite-form" onSubmit={submit} aria-label={m.citeTitle}>
      <h2>{m.citeTitle}</h2>
      <blockquote className="quote">{quote}</blockquote>
      {occurrence !== undefined && <p className="muted">{m.occurrence(occurrence)}</p>}
      <div role="radiogroup" className="kind">
        <label>
          <input type="radio" checked={kind === "relation"} onChange={() => setKind("relation")} />
          {m.relation}
        </label>
        <label>
          <input type="radio" checked={kind === "fact"} onChange={() => setKind("fact")} />
          {m.fact}
        </label>
      </div>
      <EntityPicker
        m={m}
        label={kind === "relation" ? m.from : m.about}
        nodes={nodes}
        value={from}
        {...(kind === "relation" && info ? { types: info.from } : {})}
        onPick={setFrom}
        onCreate={(n) => setFrom(onCreate(n))}
      />
      {kind === "relation" ? (
        <>
          <label>
            {m.relationType}
            <select
              aria-label={m.relationType}
              value={type}
              onChange={(e) => setType(e.target.value as RelationType | "")}
            >
              <option value="">—</option>
              {allowed.map((t) => (
                <option key={t} value={t}>
                  {RELATION_TYPES[t].label}
                </option>
              ))}
            </select>
          </label>
          <EntityPicker
            m={m}
            label={m.to}
            nodes={nodes}
            value={to}
            {...(info ? { types: info.to } : {})}
            onPick={setTo}
            onCreate={(n) => setTo(onCreate(n))}
          />
        </>
      ) : (
        <label>
          {m.factText}
          <input value={factText} onChange={(e) => setFactText(e.target.value)} />
        </label>
      )}
      <label>
        {m.translation}
        <textarea value={translation} onChange={(e) => setTranslation(e.target.value)} rows={3} />
      </label>
      <label className="check">
        <input type="checkbox" checked={hedged} onChange={(e) => setHedged(e.target.checked)} />
        {m.hedged}
      </label>
      {hedged && (
        <label>
          {m.hedgeWords}
          <input value={words} onChange={(e) => setWords(e.target.value)} />
        </label>
      )}
      <button type="submit" disabled={!ready}>
        {m.cite}
      </button>
      {!ready && <p className="muted">{translation.trim() ? m.needsFromTo : m.needsTranslation}</p>}
    </form>
  );
}
