// Test helpers: a fresh database per test (unique name in fake-indexeddb), a settable clock, and a
// byte-exact dump of every table for "nothing changed" assertions. Test files import
// 'fake-indexeddb/auto' first, before anything loads Dexie.
import type { OpenDatabaseOptions } from '../openDatabase';
import { openDatabase } from '../openDatabase';
import type { RepositoryOptions } from '../repository';
import { createRepository } from '../repository';
import type { SoftStatDb } from '../schema';

const opened: SoftStatDb[] = [];

/** A database name no other test uses. */
export const uniqueName = (label: string): string => `test-${label}-${crypto.randomUUID()}`;

/** Opens a database for this test (closed by closeTestDbs in afterEach). */
export function openTestDb(name: string = uniqueName('db'), options: OpenDatabaseOptions = {}): SoftStatDb {
  const db = openDatabase(name, options);
  opened.push(db);
  return db;
}

export function closeTestDbs(): void {
  for (const db of opened.splice(0)) db.close();
}

/** A repository over a fresh database. */
export function testRepo(options: RepositoryOptions = {}, name?: string) {
  const db = openTestDb(name);
  return { db, repo: createRepository(db, options) };
}

/** A clock the test moves by hand. */
export function testClock(startIso: string) {
  let t = Date.parse(startIso);
  return {
    now: () => new Date(t),
    set(iso: string) {
      t = Date.parse(iso);
    },
    advance(ms: number) {
      t += ms;
    },
  };
}

/** Every table's rows as JSON text, in primary-key order: equal text means equal stored data. */
export async function dumpTables(db: SoftStatDb): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return JSON.stringify(out);
}

/** The first value an observable emits that satisfies `accept` (then unsubscribes). */
export function valueWhere<T>(
  observable: {
    subscribe(o: { next: (v: T) => void; error: (e: unknown) => void }): { unsubscribe(): void };
  },
  accept: (value: T) => boolean,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let done = false;
    const sub = observable.subscribe({
      next: (value) => {
        if (done || !accept(value)) return;
        done = true;
        queueMicrotask(() => sub.unsubscribe());
        resolve(value);
      },
      error: (e) => {
        done = true;
        reject(e);
      },
    });
  });
}
