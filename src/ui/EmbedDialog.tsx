import { useRef, useState } from "react";
import {
  EMBED_ASPECT,
  EMBED_FALLBACK_HEIGHT,
  EMBED_SCRIPT,
  embedSnippet,
  type EmbedSize,
} from "../model/embedCode.ts";
import { urlBaseOf, useAppStore, viewOf } from "../state/store.ts";
import { serializeView } from "../state/url.ts";
import "./embedDialog.css";
import { useAllMessages } from "./panelMessages.ts";

const MIN_HEIGHT = 240;
const MAX_HEIGHT = 2000;

/**
 * Writes the iframe code for the current view, ready to paste into a blog post. The author
 * chooses the frame's height once: fixed pixels, or 16:9 of the column's width.
 */
export function EmbedDialog() {
  const m = useAllMessages();
  const dialog = useRef<HTMLDialogElement>(null);
  const [src, setSrc] = useState("");
  const [aspect, setAspect] = useState(false);
  const [height, setHeight] = useState(EMBED_FALLBACK_HEIGHT);
  const [copied, setCopied] = useState(false);
  // Typed digits are kept as typed; the code uses the nearest height in range.
  const size: EmbedSize = aspect
    ? { aspect: EMBED_ASPECT }
    : { height: Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)) };
  const page = window.location.href;
  const code = src
    ? embedSnippet(src, `Quotegraph: ${m.subtitle}`, new URL(EMBED_SCRIPT, page).href, size)
    : "";
  const open = () => {
    const state = useAppStore.getState();
    const search = serializeView({ ...viewOf(state), embed: true, camera: null }, urlBaseOf(state));
    setSrc(new URL(search, page).href);
    setCopied(false);
    dialog.current?.showModal();
  };
  const choose = (next: Partial<{ aspect: boolean; height: number }>) => {
    if (next.aspect !== undefined) setAspect(next.aspect);
    if (next.height !== undefined) setHeight(next.height);
    setCopied(false);
  };
  return (
    <>
      <button type="button" onClick={open}>
        {m.embed}
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-title">
        <h2 id="embed-title">{m.embedTitle}</h2>
        <p>{m.embedSizeHelp}</p>
        <fieldset className="embed-size">
          <legend>{m.embedHeight}</legend>
          <div>
            <label>
              <input
                type="radio"
                name="embed-size"
                checked={!aspect}
                onChange={() => choose({ aspect: false })}
              />{" "}
              {m.embedFixed}
            </label>{" "}
            <input
              type="number"
              min={MIN_HEIGHT}
              max={MAX_HEIGHT}
              step={10}
              value={height}
              aria-label={m.embedHeightPx}
              disabled={aspect}
              onChange={(e) => {
                const v = e.currentTarget.valueAsNumber;
                if (Number.isFinite(v)) choose({ height: v });
              }}
            />{" "}
            px
          </div>
          <label>
            <input
              type="radio"
              name="embed-size"
              checked={aspect}
              onChange={() => choose({ aspect: true })}
            />{" "}
            {m.embedAspect}
          </label>
        </fieldset>
        <textarea readOnly value={code} aria-label={m.embedTitle} data-testid="embed-code" />
        <p>
          <button
            type="button"
            onClick={() => {
              void navigator.clipboard?.writeText(code).then(() => setCopied(true));
            }}
          >
            {copied ? m.copied : m.copy}
          </button>{" "}
          <button type="button" onClick={() => dialog.current?.close()}>
            {m.close}
          </button>
        </p>
      </dialog>
    </>
  );
}
