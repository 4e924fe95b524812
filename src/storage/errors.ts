// Errors storage throws on purpose, with Chinese messages the UI shows as they are. A full disk
// is an expected failure a user can act on, so it gets its own class; data that cannot be read
// back is reported with the problems restoreReport found, never returned half-right.

/** The browser refused a write because its storage quota is used up. Nothing of the write was kept. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(options?: { cause?: unknown }) {
    super(
      '浏览器存储空间已满：本次修改未保存，已保存的数据未受影响。请导出备份后清理浏览器存储。',
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
  }
}

/** A stored return (or revision) that no longer reads as a valid return. */
export class StoredDataError extends Error {
  override readonly name = 'StoredDataError';
  constructor(
    readonly what: string,
    readonly problems: readonly string[],
  ) {
    super(`${what}无法读取：${problems.join('；')}`);
  }
}

/** A record the caller named does not exist (deleted meanwhile, perhaps in another tab). */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/**
 * True for a quota error, however it arrives: the DOMException itself, Dexie's QuotaExceededError,
 * or wrapped as `inner` (Dexie's AbortError when the transaction aborted on it) or `cause`.
 */
export function isQuotaError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const e = queue.shift();
    if (typeof e !== 'object' || e === null || seen.has(e)) continue;
    seen.add(e);
    const { name, inner, cause } = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    queue.push(inner, cause);
  }
  return false;
}

/**
 * Runs a write and rethrows a quota error as StorageFullError. The write must be one transaction:
 * that is what makes "nothing of it was kept" true.
 */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError({ cause: e });
    throw e;
  }
}
