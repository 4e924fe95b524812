// Reads every table of the app's IndexedDB database as JSON text, to assert that a refused import
// left stored data byte-for-byte as it was.
import type { Page } from '@playwright/test';

export async function dumpDatabase(page: Page, name = 'softstat-precheck-v1-main'): Promise<string> {
  return page.evaluate(async (dbName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(dbName);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const store of [...db.objectStoreNames].sort()) {
      out[store] = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as unknown[]);
        req.onerror = () => reject(req.error);
      });
    }
    db.close();
    return JSON.stringify(out);
  }, name);
}
