import type { Draft } from "../../model/edit/draft.ts";
import { itemKey } from "../../model/edit/problemsByItem.ts";
import { formatProblem, type Problem } from "../../model/problems.ts";
import { RELATION_TYPES } from "../../model/vocabulary.ts";
import type { EditorMessages } from "./editorMessages.ts";

/** Every relation and fact cited so far, each with the compiler's messages about it. */
export function CitedList({
  m,
  draft,
  byItem,
  other,
  onRemove,
}: {
  m: EditorMessages;
  draft: Draft;
  byItem: ReadonlyMap<string, Problem[]>;
  other: readonly Problem[];
  onRemove(sourceId: string, kind: "relations" | "facts", index: number): void;
}) {
  const name = (id: string) => draft.nodes.find((n) => n.id === id)?.label || id;
  const files = draft.evidence.filter((e) => e.relations.length + e.facts.length > 0);
  return (
    <section className="cited" aria-label={m.cited}>
      <h2>{m.cited}</h2>
      {files.length === 0 && <p className="muted">{m.nothingCited}</p>}
      <ul>
        {files.flatMap((file) => [
          ...file.relations.map((r, i) => (
            <Item
              key={itemKey(file.sourceId, "relations", i)}
              m={m}
              title={`${name(r.source)} — ${RELATION_TYPES[r.type].label} — ${name(r.target)}`}
              quotes={r.evidence?.length ?? 0}
              hedged={(r.evidence ?? []).some((e) => e.hedged)}
              problems={byItem.get(itemKey(file.sourceId, "relations", i)) ?? []}
              onRemove={() => onRemove(file.sourceId, "relations", i)}
            />
          )),
          ...file.facts.map((f, i) => (
            <Item
              key={itemKey(file.sourceId, "facts", i)}
              m={m}
              title={`${name(f.node)}: ${f.text}`}
              quotes={f.evidence.length}
              hedged={f.evidence.some((e) => e.hedged)}
              problems={byItem.get(itemKey(file.sourceId, "facts", i)) ?? []}
              onRemove={() => onRemove(file.sourceId, "facts", i)}
            />
          )),
        ])}
      </ul>
      {other.length > 0 && (
        <div className="problems" role="status">
          <h3>{m.otherProblems}</h3>
          {other.map((p, i) => (
            <pre key={i}>{formatProblem(p)}</pre>
          ))}
        </div>
      )}
    </section>
  );
}

function Item(props: {
  m: EditorMessages;
  title: string;
  quotes: number;
  hedged: boolean;
  problems: readonly Problem[];
  onRemove(): void;
}) {
  const { m, title, quotes, hedged, problems, onRemove } = props;
  return (
    <li className={problems.length > 0 ? "item has-problems" : "item"}>
      <span className="what">{title}</span>
      <small>
        {m.quotes(quotes)}
        {hedged ? " · hedged" : ""}
      </small>
      <button type="button" onClick={onRemove} aria-label={`${m.remove}: ${title}`}>
        ×
      </button>
      {problems.map((p, i) => (
        <pre key={i} className="problem" role="status">
          {formatProblem(p)}
        </pre>
      ))}
    </li>
  );
}
