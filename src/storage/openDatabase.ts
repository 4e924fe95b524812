// Opening the app's database, and giving way when another tab upgrades it: IndexedDB cannot
// upgrade while any connection stays open, so this connection closes for good and tells the UI,
// which asks the user to reload (a reload runs the new code, which knows the new schema).
import type { DexieOptions } from 'dexie';
import { DEFAULT_DB_NAME, SoftStatDb } from './schema';

export interface OpenDatabaseOptions {
  /**
   * Called once when another connection upgrades or deletes the database. This connection is
   * closed by then and will not reopen: every later query fails until the page reloads.
   */
  readonly onVersionChange?: (event: IDBVersionChangeEvent) => void;
  /** Another IndexedDB implementation (tests); by default the browser's. */
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
}

/**
 * The app's database, opening. Returns at once: Dexie queues queries until the open completes,
 * and an open failure (no IndexedDB, a newer schema written by a newer build) rejects them, so
 * callers see it where they already handle query errors.
 */
export function openDatabase(name: string = DEFAULT_DB_NAME, options: OpenDatabaseOptions = {}): SoftStatDb {
  const dexieOptions: DexieOptions = {};
  if (options.indexedDB) dexieOptions.indexedDB = options.indexedDB;
  if (options.IDBKeyRange) dexieOptions.IDBKeyRange = options.IDBKeyRange;
  const db = new SoftStatDb(name, dexieOptions);
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    // Dexie's default closes with auto-reopen, which would only fail later with a VersionError
    // (or, after a delete, silently recreate an empty database). Close for good instead.
    db.close({ disableAutoOpen: true });
    options.onVersionChange?.(event);
    return false; // handled: skip Dexie's default handler
  });
  // Open now so an upgrade of an old database runs at startup, not under the first edit.
  db.open().catch(() => {
    // Reported by the queries that follow (see above); nothing else to do here.
  });
  return db;
}
