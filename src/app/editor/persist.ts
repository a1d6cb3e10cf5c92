// The editor's work, kept in IndexedDB as it is made: a reload, a crash or a closed tab loses
// nothing, undo and redo included. One record (the history of drafts), replaced on every change;
// drafts share their unchanged parts, and the structured clone stores a shared part once.
import type { Draft } from "../../model/edit/draft.ts";
import type { History } from "../../model/edit/history.ts";

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

export const loadHistory = (): Promise<History<Draft> | undefined> =>
  run("readonly", (s) => s.get(KEY) as IDBRequest<History<Draft> | undefined>);

export const saveHistory = (history: History<Draft>): Promise<unknown> =>
  run("readwrite", (s) => s.put(history, KEY));
