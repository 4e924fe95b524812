// A full disk in the middle of a write: the user gets StorageFullError and the stored data stays
// byte-for-byte what it was, because every write is one transaction.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupDump } from './backupFormat';
import { StorageFullError } from './errors';
import { closeTestDbs, dumpTables, testClock, testRepo } from './testing/testDb';

afterEach(() => {
  vi.restoreAllMocks();
  closeTestDbs();
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function populated() {
  const clock = testClock('2021-03-01T01:00:00.000Z');
  const t = testRepo({ now: clock.now });
  const e = await t.repo.createEnterprise({ name: '甲', uscc: '' });
  await t.repo.saveEdits(e.id, 'annual', '2020', [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '1' }]);
  await t.repo.setSetting('lang', 'zh');
  clock.advance(60_000);
  return { ...t, id: e.id };
}

describe('when the browser’s storage is full', () => {
  it('saveEdits throws StorageFullError and nothing of the save is kept (enterprise included)', async () => {
    const { db, repo, id } = await populated();
    const before = await dumpTables(db);
    // writeReturn updates the enterprise (new B03 name) before the return row; the row fails.
    vi.spyOn(db.returns, 'put').mockImplementation(() => {
      throw quota();
    });
    const error = await repo
      .saveEdits(id, 'annual', '2020', [{ type: 'cell', ref: 'T1.B03.value', raw: '新名称' }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toBe(
      '浏览器存储空间已满：本次修改未保存，已保存的数据未受影响。请导出备份后清理浏览器存储。',
    );
    expect(await dumpTables(db)).toBe(before);
  });

  it('also when the quota error arrives as `inner` of a Dexie error, from the last step', async () => {
    const { db, repo, id } = await populated();
    const before = await dumpTables(db);
    vi.spyOn(db.revisions, 'add').mockImplementation(() =>
      Dexie.Promise.reject(new Dexie.AbortError('Transaction aborted', quota())),
    );
    await expect(
      repo.saveEdits(id, 'annual', '2020', [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '2' }]),
    ).rejects.toBeInstanceOf(StorageFullError);
    expect(await dumpTables(db)).toBe(before);
  });

  it('a replacing backup import that fails after clearing the tables keeps everything', async () => {
    const { db, repo } = await populated();
    const dump = JSON.parse(JSON.stringify(await repo.exportAll())) as BackupDump;
    await repo.createEnterprise({ name: '备份之后新增', uscc: '' });
    const before = await dumpTables(db);
    vi.spyOn(db.settings, 'bulkAdd').mockImplementation(() => {
      throw quota();
    });
    await expect(repo.importAll(dump, 'replace')).rejects.toBeInstanceOf(StorageFullError);
    expect(await dumpTables(db)).toBe(before);
  });

  it('other writes (create, settings) report it the same way', async () => {
    const { db, repo } = await populated();
    const before = await dumpTables(db);
    vi.spyOn(db.enterprises, 'add').mockImplementation(() => {
      throw quota();
    });
    vi.spyOn(db.settings, 'put').mockImplementation(() => {
      throw quota();
    });
    await expect(repo.createEnterprise({ name: '乙', uscc: '' })).rejects.toBeInstanceOf(StorageFullError);
    await expect(repo.setSetting('lang', 'en')).rejects.toBeInstanceOf(StorageFullError);
    expect(await dumpTables(db)).toBe(before);
  });
});
