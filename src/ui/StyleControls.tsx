import { useMemo } from "react";
import type { Dataset } from "../model/types.ts";
import { edgeWidthChoices, fileLook, styleChoices } from "../model/styleChoices.ts";
import { useAppStore } from "../state/store.ts";
import { useAllMessages } from "./panelMessages.ts";

/**
 * Colour and size nodes, and set edge widths, by data: the choices the network's attributes
 * allow. Kept in the address.
 */
export function StyleControls({ dataset }: { dataset: Dataset }) {
  const m = useAllMessages();
  const style = useAppStore((s) => s.style);
  const setStyle = useAppStore((s) => s.setStyle);
  const choices = useMemo(() => styleChoices(dataset.nodes), [dataset]);
  // A file's own look stands where type and relations would (see useNodeStyle).
  const look = useMemo(() => fileLook(dataset.nodes), [dataset]);
  const widths = useMemo(() => edgeWidthChoices(dataset.edges), [dataset]);
  return (
    <fieldset className="style-controls">
      <legend>{m.style}</legend>
      <label>
        <span>{m.colorBy}</span>
        <select value={style.color} onChange={(e) => setStyle({ color: e.target.value })}>
          <option value="type">{look.colors ? m.fileColors : m.byType}</option>
          <option value="community">{m.byCommunity}</option>
          {choices.categorical.map((a) => (
            <option key={a} value={`attr:${a}`}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{m.sizeBy}</span>
        <select value={style.size} onChange={(e) => setStyle({ size: e.target.value })}>
          <option value="degree">{look.sizes ? m.fileSizes : m.byRelations}</option>
          {dataset.sources.length > 0 && <option value="quotes">{m.byQuotes}</option>}
          {choices.numeric.map((a) => (
            <option key={a} value={`attr:${a}`}>
              {a}
            </option>
          ))}
        </select>
      </label>
      {(widths.length > 0 || style.width !== "same") && (
        <label>
          <span>{m.edgeWidthBy}</span>
          <select value={style.width} onChange={(e) => setStyle({ width: e.target.value })}>
            <option value="same">{m.sameWidth}</option>
            {widths.map((a) => (
              <option key={a} value={`attr:${a}`}>
                {a}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
