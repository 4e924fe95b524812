// Errors storage throws on purpose, with Chinese messages the UI shows as they are, and their
// English twin in `messageEn` (shown in English mode, see ui/data/errorText.ts). A full disk is an
// expected failure a user can act on, so it gets its own class; data that cannot be read back is
// reported with the problems restoreReport found, never returned half-right.
import type { Message } from '../core';

/** An error whose `message` (Chinese) has an English twin for the UI. */
export interface BilingualError extends Error {
  readonly messageEn: string;
}

/** Gives an error (e.g. a RangeError) the English twin of its Chinese message. */
export function withMessageEn<E extends Error>(error: E, messageEn: string): E & BilingualError {
  return Object.assign(error, { messageEn });
}

/** A RangeError with a message in Chinese and English. */
export const bilingualRangeError = (m: Message): RangeError & BilingualError =>
  withMessageEn(new RangeError(m.zh), m.en);

/** The browser refused a write because its storage quota is used up. Nothing of the write was kept. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  readonly messageEn =
    'Browser storage is full: this change was not saved; data saved before is not affected. Please export a backup, then clear browser storage.';
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
  readonly messageEn: string;
  constructor(
    readonly what: Message,
    readonly problems: readonly Message[],
  ) {
    super(`${what.zh}无法读取：${problems.map((p) => p.zh).join('；')}`);
    this.messageEn = `${what.en} cannot be read: ${problems.map((p) => p.en).join('; ')}`;
  }
}

/** A record the caller named does not exist (deleted meanwhile, perhaps in another tab). */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  readonly messageEn: string;
  constructor(m: Message) {
    super(m.zh);
    this.messageEn = m.en;
  }
}

/**
 * True for a quota error, however it arrives: the DOMException itself, Dexie's QuotaExceededError,
 * or wrapped as `inner` (Dexie's AbortError when the transaction aborted on it), `cause`, or among
 * the `failures` of Dexie's BulkError (a bulk write whose requests fail one by one, as in Firefox).
 */
export function isQuotaError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const e = queue.shift();
    if (typeof e !== 'object' || e === null || seen.has(e)) continue;
    seen.add(e);
    const { name, inner, cause, failures } = e as {
      name?: unknown;
      inner?: unknown;
      cause?: unknown;
      failures?: unknown;
    };
    if (name === 'QuotaExceededError') return true;
    queue.push(inner, cause);
    if (Array.isArray(failures)) queue.push(...failures);
    else if (typeof failures === 'object' && failures !== null) queue.push(...Object.values(failures));
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
