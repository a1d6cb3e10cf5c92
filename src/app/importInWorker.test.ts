// How runImport treats a worker that fails (issue 15): before it has loaded, the import runs on
// the page instead; after, the failure is a located message and nothing runs again on the page.
import { afterEach, describe, expect, test, vi } from "vitest";
import { runImport } from "./importInWorker.ts";

type Script = (w: FakeWorker) => void;

class FakeWorker {
  static script: Script = () => undefined;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  constructor() {
    queueMicrotask(() => FakeWorker.script(this));
  }
  postMessage(): void {
    queueMicrotask(() =>
      this.onerror?.({ message: "Out of memory", preventDefault: () => undefined }),
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

afterEach(() => vi.unstubAllGlobals());

const files = [{ name: "big.gml", text: 'graph [ node [ id 1 label "A" ] ]' }];

describe("runImport with a worker", () => {
  test("a worker that dies while importing gives a located message, not a second try on the page", async () => {
    FakeWorker.script = (w) => w.onmessage?.({ data: { ready: true } });
    vi.stubGlobal("Worker", FakeWorker);
    const result = await runImport(files);
    expect(result).toMatchObject({ ok: false, problems: [{ file: "big.gml", line: 1 }] });
    if (!result.ok) expect(result.problems[0]?.message).toContain("Out of memory");
  });

  test("Stop ends a worker that never answers (ended by the browser without an error event)", async () => {
    const made: FakeWorker[] = [];
    FakeWorker.script = (w) => {
      made.push(w);
      w.postMessage = () => undefined; // the files go in; nothing ever comes back
      w.onmessage?.({ data: { ready: true } });
    };
    vi.stubGlobal("Worker", FakeWorker);
    const stopper = new AbortController();
    const result = runImport(files, stopper.signal);
    await vi.waitFor(() => expect(made).toHaveLength(1));
    const reason = new DOMException("stopped", "AbortError");
    stopper.abort(reason);
    await expect(result).rejects.toBe(reason);
    expect(made[0]?.terminated).toBe(true);
  });

  test("a signal already aborted starts no worker", async () => {
    const made = vi.fn();
    FakeWorker.script = made;
    vi.stubGlobal("Worker", FakeWorker);
    await expect(runImport(files, AbortSignal.abort())).rejects.toBeInstanceOf(DOMException);
    expect(made).not.toHaveBeenCalled();
  });

  test("a worker that cannot load falls back to the page", async () => {
    FakeWorker.script = (w) => w.onerror?.({ message: "404", preventDefault: () => undefined });
    vi.stubGlobal("Worker", FakeWorker);
    const result = await runImport(files);
    expect(result.ok).toBe(true);
  }, 30_000);
});
