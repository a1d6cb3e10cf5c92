import { filesToDraft } from "../../model/edit/files.ts";
import { download } from "../../ui/download.ts";
import type { EditorMessages } from "../../ui/editor/editorMessages.ts";
import type { useDraft } from "./useDraft.ts";
import { draftToZip, zipToDraft } from "./zip.ts";

/** The editor's bar: undo and redo, the work out as a .zip and back in, and whether it is saved. */
export function EditorBar({ m, d }: { m: EditorMessages; d: ReturnType<typeof useDraft> }) {
  const onImport = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    d.replace(zipToDraft(new Uint8Array(await file.arrayBuffer())).draft);
  };
  // A folder picked whole: its files keep their paths inside it (data/sources/…).
  const onFolder = async (files: FileList | null) => {
    const list = [...(files ?? [])].filter((f) => /\.(txt|ya?ml|json)$/i.test(f.name));
    if (list.length === 0) return;
    const read = await Promise.all(
      list.map(async (f) => ({ path: f.webkitRelativePath || f.name, text: await f.text() })),
    );
    d.replace(filesToDraft(read).draft);
  };
  const exportZip = () =>
    download("quotegraph-data.zip", new Blob([draftToZip(d.draft) as Uint8Array<ArrayBuffer>]));
  return (
    <header className="editor-bar">
      <h1>{m.title}</h1>
      <button type="button" onClick={d.undo} disabled={!d.canUndo}>
        {m.undo}
      </button>
      <button type="button" onClick={d.redo} disabled={!d.canRedo}>
        {m.redo}
      </button>
      <button type="button" onClick={exportZip}>
        {m.exportZip}
      </button>
      <label className="button">
        {m.importZip}
        <input type="file" accept=".zip" hidden onChange={(e) => void onImport(e.target.files)} />
      </label>
      <label className="button">
        {m.importFolder}
        <input
          type="file"
          hidden
          {...{ webkitdirectory: "" }}
          onChange={(e) => void onFolder(e.target.files)}
        />
      </label>
      <span className="save-state" role="status">
        {d.save === "saved" ? m.saved : d.save === "failed" ? m.notSaved : m.saving}
      </span>
      <a href="./">{m.openGraph}</a>
    </header>
  );
}
