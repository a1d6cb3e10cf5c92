import { useRef, useState } from "react";
import { iframeCode, resizeScriptTag } from "../model/embedCode.ts";
import { useAppStore, viewOf } from "../state/store.ts";
import { serializeView } from "../state/url.ts";
import { useMessages } from "./useMessages.ts";

/** Writes the iframe code for the current view, ready to paste into a blog post. */
export function EmbedDialog() {
  const m = useMessages();
  const dialog = useRef<HTMLDialogElement>(null);
  const [code, setCode] = useState("");
  const [copied, setCopied] = useState(false);
  const open = () => {
    const view = viewOf(useAppStore.getState());
    const page = new URL(window.location.href);
    const src = new URL(serializeView({ ...view, embed: true, camera: null }) || "?embed=1", page)
      .href;
    const script = new URL("quotegraph-embed.js", page).href;
    setCode(`${iframeCode(src, `Quotegraph: ${m.subtitle}`)}\n${resizeScriptTag(script)}`);
    setCopied(false);
    dialog.current?.showModal();
  };
  return (
    <>
      <button type="button" onClick={open}>
        {m.embed}
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-title">
        <h2 id="embed-title">{m.embedTitle}</h2>
        <p>{m.embedHelp}</p>
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
