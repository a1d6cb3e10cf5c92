// The editor's draft, kept in IndexedDB as it is made: a reload, a crash or a closed tab loses
// nothing. One record, replaced on every change.
import type { Draft } from "../../model/edit/draft.ts";

const DB = "quotegraph-editor";
const STORE = "drafts";
const KEY = "current";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB would not open"));
  });
}

function run<T>(mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = work(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          reject(tx.error ?? new Error("IndexedDB transaction failed"));
        };
      }),
  );
}

export const loadDraft = (): Promise<Draft | undefined> =>
  run("readonly", (s) => s.get(KEY) as IDBRequest<Draft | undefined>);

export const saveDraft = (draft: Draft): Promise<unknown> =>
  run("readwrite", (s) => s.put(draft, KEY));
