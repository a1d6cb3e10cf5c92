import { useAppStore } from "../state/store.ts";
import { useAllMessages } from "./panelMessages.ts";

/** Neighbourhood of the selection: 1 or 2 hops, and "show only this". */
export function FocusControls() {
  const m = useAllMessages();
  const focus = useAppStore((s) => s.focus);
  const only = useAppStore((s) => s.only);
  const setFocus = useAppStore((s) => s.setFocus);
  const setOnly = useAppStore((s) => s.setOnly);
  // Selecting already fades what is more than one hop away; 2 hops widens it.
  const options = [
    [1, m.hop1],
    [2, m.hop2],
  ] as const;
  return (
    <fieldset className="focus-controls">
      <legend>{m.focus}</legend>
      {options.map(([value, text]) => (
        <label key={value}>
          <input
            type="radio"
            name="focus"
            checked={(focus === 0 ? 1 : focus) === value}
            onChange={() => setFocus(value)}
          />{" "}
          {text}
        </label>
      ))}
      <label>
        <input type="checkbox" checked={only} onChange={(e) => setOnly(e.target.checked)} />{" "}
        {m.showOnly}
      </label>
    </fieldset>
  );
}
