// One object store of an IndexedDB database, one transaction at a time: what the kept network
// (storedNetwork.ts) and the editor's work (editor/persist.ts) are saved with. Loaded with them.

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((ok, fail) => {
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error ?? new Error("IndexedDB request failed"));
  });

function openDb(name: string, store: string): Promise<IDBDatabase> {
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(store);
  return done(request);
}

/** One transaction on `store` of database `name`: resolves once it is committed. */
export async function inStore<T>(
  name: string,
  store: string,
  mode: IDBTransactionMode,
  work: (s: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb(name, store);
  try {
    const tx = db.transaction(store, mode);
    const result = done(work(tx.objectStore(store)));
    await new Promise<void>((ok, fail) => {
      tx.oncomplete = () => ok();
      tx.onabort = tx.onerror = () => fail(tx.error ?? new Error("IndexedDB transaction failed"));
    });
    return await result;
  } finally {
    db.close();
  }
}
