// What every repository part shares: the database, the clock, and the one way to write.
import type { Table } from 'dexie';
import { guardQuota } from './errors';
import type { SoftStatDb } from './schema';

export interface RepositoryOptions {
  /** The clock (tests inject one to simulate days); default `new Date()`. */
  readonly now?: () => Date;
}

export interface RepoContext {
  readonly db: SoftStatDb;
  readonly now: () => Date;
  /** The current time as stored: ISO 8601 in UTC, which sorts as text. */
  readonly nowIso: () => string;
  /**
   * Runs `fn` in ONE read-write transaction over `tables`: every write in it lands, or none does
   * (a failed or aborted transaction rolls all of them back), and a quota error becomes
   * StorageFullError. `fn` must only await Dexie calls, or IndexedDB commits the transaction early.
   */
  readonly write: <T>(tables: readonly Table[], fn: () => Promise<T>) => Promise<T>;
}

export function makeContext(db: SoftStatDb, options: RepositoryOptions = {}): RepoContext {
  const now = options.now ?? (() => new Date());
  return {
    db,
    now,
    nowIso: () => now().toISOString(),
    write: (tables, fn) => guardQuota(() => db.transaction('rw', tables, fn)),
  };
}
