import { useState, type FormEvent } from "react";
import type { SourceMeta } from "../../model/schema.ts";
import type { EditorMessages } from "./editorMessages.ts";
import { readSourceFile } from "./readSourceFile.ts";

const LANGUAGES = ["zh-Hans", "zh-Hant", "en"];

/** Paste or choose an article, give its metadata, add it as a source. */
export function SourceForm({
  m,
  onAdd,
}: {
  m: EditorMessages;
  onAdd(text: string, meta: SourceMeta): void;
}) {
  const [text, setText] = useState("");
  const [removed, setRemoved] = useState<string[]>([]);
  const [title, setTitle] = useState("");
  const [titleEn, setTitleEn] = useState("");
  const [publisher, setPublisher] = useState("");
  const [published, setPublished] = useState("");
  const [language, setLanguage] = useState(LANGUAGES[0] ?? "en");
  const [url, setUrl] = useState("");
  const onFiles = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    const read = await readSourceFile(file);
    setText(read.text);
    setRemoved(read.removed);
    if (!title) setTitle(read.name);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim() || !title.trim() || !publisher.trim()) return;
    const meta: SourceMeta = {
      title: title.trim(),
      publisher: publisher.trim(),
      language,
      ...(titleEn.trim() ? { titleEn: titleEn.trim() } : {}),
      ...(published.trim() ? { published: published.trim() } : {}),
      ...(url.trim() ? { url: url.trim() } : {}),
    };
    onAdd(text, meta);
    setText("");
    setRemoved([]);
    setTitle("");
    setTitleEn("");
    setPublished("");
    setUrl("");
  };
  return (
    <form className="source-form" onSubmit={submit} aria-label={m.addSource}>
      <label>
        {m.pasteText}
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={6} required />
      </label>
      <label className="file-pick">
        {m.dropFiles}
        <input
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          onChange={(e) => void onFiles(e.target.files)}
        />
      </label>
      {removed.length > 0 && <p className="removed">{m.removed(removed.join(", "))}</p>}
      <label>
        {m.titleField}
        <input value={title} onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <label>
        {m.titleEnField}
        <input value={titleEn} onChange={(e) => setTitleEn(e.target.value)} />
      </label>
      <label>
        {m.publisher}
        <input value={publisher} onChange={(e) => setPublisher(e.target.value)} required />
      </label>
      <div className="row">
        <label>
          {m.published}
          <input value={published} onChange={(e) => setPublished(e.target.value)} />
        </label>
        <label>
          {m.language}
          <select
            aria-label={m.language}
            value={language}
            onChange={(e) => setLanguage(e.target.value)}
          >
            {LANGUAGES.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
      </div>
      <label>
        {m.url}
        <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <button type="submit">{m.add}</button>
    </form>
  );
}
