import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { guardQuota, isQuotaError, StorageFullError } from './errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaError', () => {
  it('recognises the DOMException and Dexie errors wrapping it as inner or cause', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Error('outer', { cause: new Dexie.AbortError('x', quota()) }))).toBe(true);
  });

  it('recognises a quota error among the failures of a bulk write (Dexie BulkError)', () => {
    expect(isQuotaError(new Dexie.BulkError('1 of 2 operations failed', { 1: quota() }))).toBe(true);
    expect(
      isQuotaError(new Dexie.BulkError('1 of 2 failed', { 0: new DOMException('x', 'ConstraintError') })),
    ).toBe(false);
  });

  it('is false for other errors, non-errors and cycles', () => {
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isQuotaError(new DOMException('x', 'ConstraintError'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
    const a: { name: string; inner?: unknown } = { name: 'A' };
    a.inner = { name: 'B', inner: a };
    expect(isQuotaError(a)).toBe(false);
  });
});

describe('guardQuota', () => {
  it('rethrows a quota error as StorageFullError with the Chinese message and the cause', async () => {
    const cause = quota();
    const error = await guardQuota(() => Promise.reject(cause)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toBe(
      '浏览器存储空间已满：本次修改未保存，已保存的数据未受影响。请导出备份后清理浏览器存储。',
    );
    expect((error as Error).cause).toBe(cause);
  });

  it('passes other errors and results through', async () => {
    const other = new TypeError('bug');
    await expect(guardQuota(() => Promise.reject(other))).rejects.toBe(other);
    await expect(guardQuota(() => Promise.resolve(42))).resolves.toBe(42);
  });
});
