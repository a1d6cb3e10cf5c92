// The editor's work, kept in IndexedDB as it is made: a reload, a crash or a closed tab loses
// nothing, undo and redo included. One record (the history of drafts), replaced on every change;
// drafts share their unchanged parts, and the structured clone stores a shared part once.
import type { Draft } from "../../model/edit/draft.ts";
import type { History } from "../../model/edit/history.ts";
import { inStore } from "../idbStore.ts";

const DB = "quotegraph-editor";
const STORE = "drafts";
const KEY = "current";

const run = <T>(mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>) =>
  inStore(DB, STORE, mode, work);

export const loadHistory = (): Promise<History<Draft> | undefined> =>
  run("readonly", (s) => s.get(KEY) as IDBRequest<History<Draft> | undefined>);

export const saveHistory = (history: History<Draft>): Promise<unknown> =>
  run("readwrite", (s) => s.put(history, KEY));
