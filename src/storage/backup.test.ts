import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { toStoredForm } from '../core';
import { expectBilingual } from '../core/testing/bilingual';
import type { BackupDump } from './backupFormat';
import { returnIdOf } from './records';
import { closeTestDbs, dumpTables, testClock, testRepo } from './testing/testDb';

afterEach(closeTestDbs);

const cell = (ref: string, raw: string) => ({ type: 'cell', ref, raw }) as const;

/** A database with two enterprises, returns, revisions and a setting; its export as parsed JSON. */
const fail = (why: string): never => {
  throw new Error(why);
};

async function populated() {
  const clock = testClock('2021-03-01T01:00:00.000Z');
  const t = testRepo({ now: clock.now });
  const a = await t.repo.createEnterprise({ name: '甲', uscc: '91500103MA5U00000D', reviewUnit: 'yuzhong' });
  const b = await t.repo.createEnterprise({ name: '乙', uscc: '', workspace: 'training' });
  clock.advance(1000);
  await t.repo.saveEdits(a.id, 'annual', '2020', [cell('T2.F01.thisYear', '1,234.5')]);
  clock.advance(1000);
  await t.repo.saveEdits(a.id, 'annual', '2020', [cell('T2.F03.thisYear', '十二')]);
  await t.repo.saveEdits(b.id, 'monthly', '2021-03', [
    { type: 'explanation', key: 'M-X@T1.B03.value', text: '说明' },
  ]);
  await t.repo.setSetting('lang', 'zh');
  // District mode: a batch with one collected return and one broken file.
  const batch = await t.repo.createBatch({
    name: '渝中区',
    reviewUnit: '500103',
    edition: '2020',
    kind: 'annual',
    period: '2020',
  });
  const collected = (await t.repo.loadReturn(a.id, 'annual', '2020')) ?? fail('no return');
  await t.repo.addItems(batch.id, [
    { uscc: '91500103MA5U00000D', fileName: '甲.xlsx', status: 'ok', data: toStoredForm(collected) },
    { uscc: '', fileName: '坏.xlsx', status: 'failed', problems: ['无法识别'] },
  ]);
  const dump = JSON.parse(JSON.stringify(await t.repo.exportAll())) as BackupDump;
  return { ...t, clock, a, b, dump };
}

describe('exportAll', () => {
  it('is every table as plain JSON with the format header', async () => {
    const { db, dump } = await populated();
    expect(dump.format).toBe('softstat-backup');
    expect(dump.formatVersion).toBe(1);
    expect(dump.exportedAt).toBe('2021-03-01T09:00:02+08:00');
    expect(dump.enterprises).toEqual(await db.enterprises.toArray());
    expect(dump.returns).toEqual(await db.returns.toArray());
    expect(dump.revisions).toEqual(await db.revisions.toArray());
    expect(dump.settings).toEqual([{ key: 'lang', value: 'zh' }]);
    expect(dump.batches).toEqual(await db.batches.toArray());
    expect(dump.batchItems).toHaveLength(2);
  });
});

describe('importAll replace', () => {
  it('makes another database exactly the exported one', async () => {
    const source = await populated();
    const target = testRepo();
    await target.repo.createEnterprise({ name: '将被替换', uscc: '' });
    const result = await target.repo.importAll(source.dump, 'replace');
    expect(result).toEqual({
      ok: true,
      counts: { enterprises: 2, returns: 2, revisions: 3, settings: 1, batches: 1 },
    });
    expect(await dumpTables(target.db)).toBe(await dumpTables(source.db));
  });

  it('accepts an older backup without workspaces (main, as the v2 upgrade does)', async () => {
    const { dump } = await populated();
    const old = { ...dump, enterprises: dump.enterprises.map(({ workspace: _w, ...e }) => e) };
    const target = testRepo();
    expect((await target.repo.importAll(old, 'replace')).ok).toBe(true);
    expect((await target.repo.listEnterprises('main')).map((e) => e.name)).toEqual(['甲', '乙']);
  });
});

describe('importAll merge', () => {
  it('adds every revision of the file, even two of one instant (a return created by an import)', async () => {
    const clock = testClock('2021-03-01T01:00:00.000Z');
    const source = testRepo({ now: clock.now });
    const e = await source.repo.createEnterprise({ name: '甲', uscc: '' });
    const imported = await source.repo.saveEdits(e.id, 'annual', '2020', [cell('T2.F01.thisYear', '1')]);
    // replaceReturn on a return not stored yet writes its empty state and the import at one time.
    const other = await source.repo.createEnterprise({ name: '乙', uscc: '' });
    await source.repo.replaceReturn(other.id, 'annual', '2020', imported);
    const dump = JSON.parse(JSON.stringify(await source.repo.exportAll())) as BackupDump;
    const instants = dump.revisions.filter((r) => r.returnId === returnIdOf(other.id, 'annual', '2020'));
    expect(instants.map((r) => r.savedAt)).toEqual([instants[0]?.savedAt, instants[0]?.savedAt]);

    const target = testRepo();
    const result = await target.repo.importAll(dump, 'merge');
    expect(result).toMatchObject({ ok: true, counts: { revisions: dump.revisions.length } });
    expect(await target.db.revisions.count()).toBe(dump.revisions.length);
    // … so the import can still be undone there, as on the source.
    await target.repo.undoReplace(returnIdOf(other.id, 'annual', '2020'));
  });

  it('takes the later record of each, bumps versions it replaces, adds new ones, keeps local settings', async () => {
    const { dump, a } = await populated();
    const clock = testClock('2021-03-01T01:00:01.500Z'); // between the two saves in the backup
    const local = testRepo({ now: clock.now });
    await local.repo.importAll(dump, 'replace');
    await local.repo.setSetting('lang', 'en');
    // Local edits at 01:00:01.5 … except the return, which the backup has newer (01:00:02).
    const mine = await local.repo.createEnterprise({ name: '本机新增', uscc: '' });
    clock.set('2021-03-02T00:00:00.000Z');
    await local.repo.updateEnterprise(a.id, { name: '本机改名' }); // newer than the backup's
    const backupWithOlderReturn = {
      ...dump,
      returns: dump.returns.map((r) =>
        r.enterpriseId === a.id ? { ...r, updatedAt: '2030-01-01T00:00:00.000Z' } : r,
      ),
      settings: [...dump.settings, { key: 'theme', value: 'dark' }],
    };
    const annual = await local.db.returns.get(returnIdOf(a.id, 'annual', '2020'));
    const result = await local.repo.importAll(backupWithOlderReturn, 'merge');
    expect(result).toEqual({
      ok: true,
      counts: { enterprises: 0, returns: 1, revisions: 0, settings: 1, batches: 0 },
    });
    expect((await local.repo.getEnterprise(a.id))?.name).toBe('本机改名');
    expect(await local.repo.getEnterprise(mine.id)).toEqual(mine);
    const merged = await local.db.returns.get(returnIdOf(a.id, 'annual', '2020'));
    expect(merged?.version).toBe((annual?.version ?? 0) + 1);
    expect(merged?.updatedAt).toBe('2030-01-01T00:00:00.000Z');
    expect(await local.repo.getSetting('lang')).toBe('en');
    expect(await local.repo.getSetting('theme')).toBe('dark');
  });

  it('adds revisions it does not have, once', async () => {
    const { dump } = await populated();
    const local = testRepo();
    const first = await local.repo.importAll(dump, 'merge');
    expect(first).toEqual({
      ok: true,
      counts: { enterprises: 2, returns: 2, revisions: 3, settings: 1, batches: 1 },
    });
    const after = await dumpTables(local.db);
    const second = await local.repo.importAll(dump, 'merge');
    expect(second).toEqual({
      ok: true,
      counts: { enterprises: 0, returns: 0, revisions: 0, settings: 0, batches: 0 },
    });
    expect(await dumpTables(local.db)).toBe(after);
  });
});

describe('importAll refuses bad files whole', () => {
  async function refused(mutate: (dump: BackupDump) => unknown) {
    const { dump } = await populated();
    const target = testRepo();
    await target.repo.createEnterprise({ name: '原有企业', uscc: '' });
    const before = await dumpTables(target.db);
    const result = await target.repo.importAll(mutate(structuredClone(dump)), 'replace');
    expect(await dumpTables(target.db)).toBe(before);
    if (result.ok) throw new Error('expected the import to be refused');
    expectBilingual(result.problems);
    return result.problems.map((p) => p.zh);
  }

  it('not a backup, or a newer format', async () => {
    expect(await refused(() => ({ hello: 1 }))).toEqual(['文件不是本程序的备份文件。']);
    expect(await refused((d) => ({ ...d, formatVersion: 2 }))).toEqual([
      '备份文件的格式版本为 2，高于本程序支持的版本 1，请升级本程序后再导入。',
    ]);
  });

  it('a field of the wrong shape, named by its path', async () => {
    const problems = await refused((d) => ({ ...d, enterprises: [{ ...d.enterprises[0], name: 5 }] }));
    expect(problems).toEqual(['备份文件格式错误：enterprises.0.name：应为 string，实际为 5']);
  });

  it('a return whose data is not a valid return, naming the enterprise and period', async () => {
    const problems = await refused((d) => ({
      ...d,
      returns: d.returns.map((r) =>
        r.kind === 'annual' ? { ...r, data: { ...r.data, edition: '1999' } } : r,
      ),
    }));
    expect(problems).toEqual([expect.stringContaining('企业“甲”的 2020 年报')]);
    expect(problems[0]).toContain('未知的统计制度版本“1999”');
  });

  it('broken links: a return without its enterprise, an id that does not match, an orphan revision', async () => {
    const problems = await refused((d) => ({
      ...d,
      enterprises: d.enterprises.filter((e) => e.name !== '乙'),
      returns: d.returns.map((r) => (r.kind === 'annual' ? { ...r, id: 'wrong' } : r)),
    }));
    expect(problems.some((p) => p.includes('所属企业不在备份中'))).toBe(true);
    expect(problems.some((p) => p.includes('编号“wrong”与企业、类型、报告期不符'))).toBe(true);
    expect(problems.some((p) => p.includes('历史版本') && p.includes('所属的报表不在备份中'))).toBe(true);
  });
});

describe('backups and district batches', () => {
  it('refuses a batch item whose batch is missing, and one whose return is of another period', async () => {
    const { dump } = await populated();
    const target = testRepo();
    const orphan = { ...dump, batches: [] };
    expect(await target.repo.importAll(orphan, 'replace')).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([
        expect.objectContaining({ zh: expect.stringContaining('所属批次不在备份中') }),
      ]),
    });
    const wrongPeriod = { ...dump, batches: dump.batches?.map((b) => ({ ...b, period: '2019' })) };
    const result = await target.repo.importAll(wrongPeriod, 'replace');
    expect(result.ok).toBe(false);
    expect(await target.db.batches.count()).toBe(0);
  });

  it('refuses a batch of an edition or period this program lacks, and duplicate batch file ids, storing nothing', async () => {
    const { dump } = await populated();
    const target = testRepo();
    const badBatch = {
      ...dump,
      batches: [
        ...(dump.batches ?? []),
        { ...dump.batches![0]!, id: 'b-x', name: '坏批次', edition: '1999', period: 'garbage' },
      ],
    };
    const bad = await target.repo.importAll(badBatch, 'replace');
    expect(bad).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([
        expect.objectContaining({ zh: '审核批次“坏批次”的统计制度版本（1999）或报告期（garbage）无效。' }),
      ]),
    });
    const item = dump.batchItems![0]!;
    const duplicated = { ...dump, batchItems: [...dump.batchItems!, { ...item }] };
    for (const mode of ['replace', 'merge'] as const) {
      expect(await target.repo.importAll(duplicated, mode)).toMatchObject({
        ok: false,
        problems: expect.arrayContaining([
          expect.objectContaining({ zh: '备份中有重复的审核批次文件编号。' }),
        ]),
      });
    }
    expect(await target.db.batches.count()).toBe(0);
    expect(await target.db.enterprises.count()).toBe(0);
  });

  it('reads a backup made before district mode (no batches at all)', async () => {
    const { dump } = await populated();
    const { batches: _b, batchItems: _i, ...old } = dump;
    const target = testRepo();
    expect(await target.repo.importAll(old, 'replace')).toMatchObject({ ok: true, counts: { batches: 0 } });
  });
});
