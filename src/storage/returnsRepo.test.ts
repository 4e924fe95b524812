import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../core';
import { emptyReport, getEdition, isNumericKind, layoutOf, setCell, toStoredForm } from '../core';
import { StoredDataError } from './errors';
import { KEEP_LATEST_REVISIONS } from './pruneRevisions';
import { returnIdOf } from './records';
import { createRepository } from './repository';
import { closeTestDbs, dumpTables, openTestDb, testClock, testRepo, uniqueName } from './testing/testDb';

afterEach(closeTestDbs);

const USCC = '91500103MA5U00000D';
const cell = (ref: string, raw: string | undefined) => ({ type: 'cell', ref, raw }) as const;

async function withEnterprise(options: Parameters<typeof testRepo>[0] = {}) {
  const t = testRepo(options);
  const enterprise = await t.repo.createEnterprise({ name: '重庆甲软件有限公司', uscc: USCC });
  return { ...t, enterprise, id: enterprise.id };
}

describe('ensureReturn', () => {
  it('creates an empty annual return of the governing edition with B01/B03 from the enterprise', async () => {
    const { repo, db, id } = await withEnterprise();
    const report = await repo.ensureReturn(id, 'annual', '2020');
    expect(report).toEqual(
      setCell(
        setCell(emptyReport({ edition: '2020', kind: 'annual', period: '2020' }), 'T1.B01.value', USCC),
        'T1.B03.value',
        '重庆甲软件有限公司',
      ),
    );
    const row = await db.returns.get(returnIdOf(id, 'annual', '2020'));
    expect(row).toMatchObject({ enterpriseId: id, kind: 'annual', period: '2020', version: 1 });
    expect(row?.data).toEqual(toStoredForm(report));
  });

  it('fills the identity of a monthly return too (its T1 has B01 and B03)', async () => {
    const { repo, id } = await withEnterprise();
    const report = await repo.ensureReturn(id, 'monthly', '2021-03');
    expect(report.edition).toBe('2020');
    expect(report.cells['T1.B01.value']?.raw).toBe(USCC);
    expect(report.cells['T1.B03.value']?.raw).toBe('重庆甲软件有限公司');
  });

  it('starts a new month with the identity and contact fields of the latest earlier month', async () => {
    const { repo, id } = await withEnterprise();
    await repo.saveEdits(id, 'monthly', '2021-01', [cell('T1.B06.value', '500101')]);
    await repo.saveEdits(id, 'monthly', '2021-02', [
      cell('T1.B06.value', '500103'),
      cell('T1.B13.value', '否'),
      cell('M.2010.ytd', '100'), // figures are not carried
    ]);
    const march = await repo.ensureReturn(id, 'monthly', '2021-03');
    expect(march.cells['T1.B06.value']?.raw).toBe('500103');
    expect(march.cells['T1.B13.value']?.raw).toBe('否');
    expect(march.cells['T1.B01.value']?.raw).toBe(USCC);
    expect(march.cells['M.2010.ytd']).toBeUndefined();
    // An existing month is left as it is.
    expect((await repo.ensureReturn(id, 'monthly', '2021-01')).cells['T1.B13.value']).toBeUndefined();
  });

  it('returns the stored return unchanged when it exists', async () => {
    const { repo, db, id } = await withEnterprise();
    await repo.saveEdits(id, 'annual', '2020', [cell('T2.F01.thisYear', '5')]);
    const before = await dumpTables(db);
    const report = await repo.ensureReturn(id, 'annual', '2020');
    expect(report.cells['T2.F01.thisYear']?.raw).toBe('5');
    expect(await dumpTables(db)).toBe(before);
  });

  it('refuses periods without an edition, malformed periods and unknown enterprises', async () => {
    const { repo, id } = await withEnterprise();
    await expect(repo.ensureReturn(id, 'annual', '2019')).rejects.toThrow('没有适用于');
    await expect(repo.ensureReturn(id, 'monthly', '2021-13')).rejects.toThrow('格式错误');
    await expect(repo.ensureReturn('nobody', 'annual', '2020')).rejects.toThrow('找不到该企业');
  });
});

describe('listReturns and loadReturn', () => {
  it('lists an enterprise’s rows, annual first then by period, and nobody else’s', async () => {
    const { repo, id } = await withEnterprise();
    const other = await repo.createEnterprise({ name: '乙', uscc: '' });
    for (const p of ['2021-03', '2021-01']) await repo.ensureReturn(id, 'monthly', p);
    await repo.ensureReturn(id, 'annual', '2020');
    await repo.ensureReturn(other.id, 'annual', '2020');
    expect((await repo.listReturns(id)).map((r) => `${r.kind}:${r.period}`)).toEqual([
      'annual:2020',
      'monthly:2021-01',
      'monthly:2021-03',
    ]);
  });

  it('loads the stored report, or undefined when there is none', async () => {
    const { repo, id } = await withEnterprise();
    expect(await repo.loadReturn(id, 'annual', '2020')).toBeUndefined();
    const saved = await repo.saveEdits(id, 'annual', '2020', [cell('T2.F01.thisYear', '12.34')]);
    expect(await repo.loadReturn(id, 'annual', '2020')).toEqual(saved);
  });

  it('throws StoredDataError with the problems for unreadable data, never a half report', async () => {
    const { repo, db, id } = await withEnterprise();
    await repo.ensureReturn(id, 'annual', '2020');
    const rowId = returnIdOf(id, 'annual', '2020');
    await db.returns.update(rowId, {
      data: {
        ...toStoredForm(emptyReport({ edition: '2020', kind: 'annual', period: '2020' })),
        edition: '1999',
      },
    });
    const error = await repo.loadReturn(id, 'annual', '2020').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoredDataError);
    expect((error as StoredDataError).problems.map((p) => p.zh)).toEqual(['未知的统计制度版本“1999”。']);
    expect((error as Error).message).toContain('未知的统计制度版本');
    expect((error as StoredDataError).messageEn).toBe(
      'The saved return (2020 annual return) cannot be read: Unknown edition of the statistical system "1999".',
    );
  });

  it('refuses a row whose data is another period than the row says', async () => {
    const { repo, db, id } = await withEnterprise();
    await repo.ensureReturn(id, 'monthly', '2021-03');
    const april = toStoredForm(emptyReport({ edition: '2020', kind: 'monthly', period: '2021-04' }));
    await db.returns.update(returnIdOf(id, 'monthly', '2021-03'), { data: april });
    await expect(repo.loadReturn(id, 'monthly', '2021-03')).rejects.toThrow(StoredDataError);
  });
});

describe('saveEdits', () => {
  it('applies edits to the stored return, bumps the version and records a revision', async () => {
    const clock = testClock('2021-03-05T01:00:00.000Z');
    const { repo, db, id } = await withEnterprise({ now: clock.now });
    await repo.ensureReturn(id, 'annual', '2020');
    clock.advance(5000);
    const saved = await repo.saveEdits(id, 'annual', '2020', [
      cell('T2.F01.thisYear', '100'),
      { type: 'explanation', key: 'T2-X@T2.F01.thisYear', text: '说明' },
      { type: 'status', status: 'ready' },
    ]);
    const row = await db.returns.get(returnIdOf(id, 'annual', '2020'));
    expect(row?.version).toBe(2);
    expect(row?.updatedAt).toBe('2021-03-05T01:00:05.000Z');
    expect(row?.data).toEqual(toStoredForm(saved));
    expect(saved.status).toBe('ready');
    expect(saved.cells['T2.F01.thisYear']?.raw).toBe('100');
    expect(saved.explanations).toEqual({ 'T2-X@T2.F01.thisYear': '说明' });
    const revisions = await repo.listRevisions(returnIdOf(id, 'annual', '2020'));
    expect(revisions.map((r) => [r.reason, r.savedAt])).toEqual([
      ['edit', '2021-03-05T01:00:05.000Z'],
      ['edit', '2021-03-05T01:00:00.000Z'],
    ]);
    expect(revisions[0]?.data).toEqual(row?.data);
    expect((await repo.getEnterprise(id))?.updatedAt).toBe('2021-03-05T01:00:05.000Z');
  });

  it('creates the return on the first save when it does not exist yet (version 1)', async () => {
    const { repo, db, id } = await withEnterprise();
    const saved = await repo.saveEdits(id, 'monthly', '2021-02', [
      cell('M.' + firstMonthlyCode() + '.ytd', '7'),
    ]);
    expect(saved.cells['T1.B03.value']?.raw).toBe('重庆甲软件有限公司');
    expect((await db.returns.get(returnIdOf(id, 'monthly', '2021-02')))?.version).toBe(1);
  });

  it('writes nothing when the edits change nothing', async () => {
    const { repo, db, id } = await withEnterprise();
    await repo.saveEdits(id, 'annual', '2020', [cell('T2.F01.thisYear', '100')]);
    const before = await dumpTables(db);
    await repo.saveEdits(id, 'annual', '2020', [cell('T2.F01.thisYear', '100'), cell('T2.F02.thisYear', '')]);
    expect(await dumpTables(db)).toBe(before);
  });

  it('refuses an edit of a cell the return does not define and keeps the stored data', async () => {
    const { repo, db, id } = await withEnterprise();
    await repo.ensureReturn(id, 'annual', '2020');
    const before = await dumpTables(db);
    await expect(
      repo.saveEdits(id, 'annual', '2020', [cell('T2.F01.thisYear', '1'), cell('T9.X.value', '1')]),
    ).rejects.toThrow(RangeError);
    expect(await dumpTables(db)).toBe(before);
  });

  it('copies changed B01/B03 of the annual return to the enterprise record in the same save', async () => {
    const { repo, id } = await withEnterprise();
    await repo.saveEdits(id, 'annual', '2020', [
      cell('T1.B03.value', ' 重庆乙科技有限公司 '),
      cell('T1.B01.value', '91500000000000000X'),
    ]);
    expect(await repo.getEnterprise(id)).toMatchObject({
      name: '重庆乙科技有限公司',
      uscc: '91500000000000000X',
    });
    // Blanking B03 in the return does not blank the enterprise's name.
    await repo.saveEdits(id, 'annual', '2020', [cell('T1.B03.value', '')]);
    expect((await repo.getEnterprise(id))?.name).toBe('重庆乙科技有限公司');
  });

  it('does not copy identity from monthly returns, nor revert a rename made on the record', async () => {
    const { repo, id } = await withEnterprise();
    await repo.saveEdits(id, 'monthly', '2021-03', [cell('T1.B03.value', '月报里的名称')]);
    expect((await repo.getEnterprise(id))?.name).toBe('重庆甲软件有限公司');
    await repo.ensureReturn(id, 'annual', '2020');
    await repo.updateEnterprise(id, { name: '改名后的名称' });
    await repo.saveEdits(id, 'annual', '2020', [cell('T2.F01.thisYear', '1')]);
    expect((await repo.getEnterprise(id))?.name).toBe('改名后的名称');
  });

  it('two tabs saving different cells of one return at the same time both survive', async () => {
    const name = uniqueName('tabs');
    const tabA = createRepository(openTestDb(name));
    const tabB = createRepository(openTestDb(name));
    const { id } = await tabA.createEnterprise({ name: '甲', uscc: '' });
    await tabB.ensureReturn(id, 'annual', '2020');
    const refs = numericRefs().slice(0, 20);
    await Promise.all(
      refs.map((ref, i) =>
        (i % 2 === 0 ? tabA : tabB).saveEdits(id, 'annual', '2020', [cell(ref, String(i + 1))]),
      ),
    );
    const report = await tabB.loadReturn(id, 'annual', '2020');
    expect(refs.map((ref) => report?.cells[ref]?.raw)).toEqual(refs.map((_, i) => String(i + 1)));
    const rows = await tabA.listReturns(id);
    expect(rows[0]?.version).toBe(1 + refs.length);
  });
});

describe('replaceReturn and undoReplace', () => {
  const imported = (): Report =>
    setCell(
      setCell(emptyReport({ edition: '2020', kind: 'annual', period: '2020' }), 'T2.F01.thisYear', '999'),
      'T1.B03.value',
      '导入文件里的名称',
    );

  it('replaces the return in one write and undo brings back the state before', async () => {
    const clock = testClock('2021-03-05T01:00:00.000Z');
    const { repo, id } = await withEnterprise({ now: clock.now });
    const before = await repo.saveEdits(id, 'annual', '2020', [cell('T2.F02.thisYear', '1')]);
    clock.advance(1000);
    const replaced = await repo.replaceReturn(id, 'annual', '2020', imported());
    expect(await repo.loadReturn(id, 'annual', '2020')).toEqual(replaced);
    expect(replaced.cells['T2.F02.thisYear']).toBeUndefined();
    expect((await repo.getEnterprise(id))?.name).toBe('导入文件里的名称');
    const returnId = returnIdOf(id, 'annual', '2020');
    expect((await repo.listRevisions(returnId))[0]?.reason).toBe('import');

    clock.advance(1000);
    expect(await repo.undoReplace(returnId)).toEqual(before);
    expect(await repo.loadReturn(id, 'annual', '2020')).toEqual(before);
    expect((await repo.listRevisions(returnId)).map((r) => r.reason).slice(0, 3)).toEqual([
      'undo',
      'import',
      'edit',
    ]);
    expect((await repo.listReturns(id))[0]?.version).toBe(3);
    await expect(repo.undoReplace(returnId)).rejects.toThrow('已经撤销');
  });

  it('undoing an import takes the credit code it brought back off the enterprise', async () => {
    const { repo } = testRepo();
    const { id } = await repo.createEnterprise({ name: '没有代码的企业', uscc: '' });
    const withCode = setCell(imported(), 'T1.B01.value', '91500103MA5U00000D');
    await repo.saveEdits(id, 'annual', '2020', [cell('T2.F02.thisYear', '1')]);
    await repo.replaceReturn(id, 'annual', '2020', withCode);
    expect((await repo.getEnterprise(id))?.uscc).toBe('91500103MA5U00000D');
    await repo.undoReplace(returnIdOf(id, 'annual', '2020'));
    expect((await repo.getEnterprise(id))?.uscc).toBe('');
  });

  it('undoing an import puts back the code the enterprise had, even if its return had none', async () => {
    const { repo, id } = await withEnterprise(); // recorded with USCC
    await repo.saveEdits(id, 'annual', '2020', [cell('T1.B01.value', '')]); // cleared in the return only
    expect((await repo.getEnterprise(id))?.uscc).toBe(USCC);
    await repo.replaceReturn(id, 'annual', '2020', setCell(imported(), 'T1.B01.value', USCC));
    await repo.undoReplace(returnIdOf(id, 'annual', '2020'));
    expect((await repo.getEnterprise(id))?.uscc).toBe(USCC);
    expect((await repo.getEnterprise(id))?.name).toBe('重庆甲软件有限公司'); // and its name
  });

  it('undoing an import that created the return leaves it empty (with identity)', async () => {
    const { repo, id } = await withEnterprise();
    await repo.replaceReturn(id, 'annual', '2020', imported());
    const undone = await repo.undoReplace(returnIdOf(id, 'annual', '2020'));
    expect(Object.keys(undone.cells).sort()).toEqual(['T1.B01.value', 'T1.B03.value']);
  });

  it('keeps a row written outside the usual path (backup, upgrade) so undo can restore it', async () => {
    const { repo, db, id } = await withEnterprise();
    await repo.ensureReturn(id, 'annual', '2020');
    const rowId = returnIdOf(id, 'annual', '2020');
    const outside = setCell(
      emptyReport({ edition: '2020', kind: 'annual', period: '2020' }),
      'T2.F01.thisYear',
      '42',
    );
    await db.returns.update(rowId, { data: toStoredForm(outside) });
    await repo.replaceReturn(id, 'annual', '2020', imported());
    expect(await repo.undoReplace(rowId)).toEqual(outside);
  });

  it('refuses to undo an import once its previous state may have been pruned', async () => {
    const clock = testClock('2021-03-05T01:00:00.000Z');
    const { repo, id } = await withEnterprise({ now: clock.now });
    await repo.saveEdits(id, 'annual', '2020', [cell('T2.F02.thisYear', '1')]);
    clock.advance(1000);
    await repo.replaceReturn(id, 'annual', '2020', imported());
    const returnId = returnIdOf(id, 'annual', '2020');
    for (let i = 0; i < KEEP_LATEST_REVISIONS - 1; i++) {
      clock.advance(1000);
      await repo.saveEdits(id, 'annual', '2020', [cell('T2.F01.thisYear', String(i))]);
    }
    await expect(repo.undoReplace(returnId)).rejects.toThrow('无法直接撤销导入');
  });

  it('refuses a report of another kind or period, and undo without an import', async () => {
    const { repo, id } = await withEnterprise();
    await expect(repo.replaceReturn(id, 'annual', '2021', imported())).rejects.toThrow(RangeError);
    await repo.ensureReturn(id, 'annual', '2020');
    await expect(repo.undoReplace(returnIdOf(id, 'annual', '2020'))).rejects.toThrow('没有可以撤销的导入');
    await expect(repo.undoReplace('nothing')).rejects.toThrow('找不到该报表');
  });
});

function numericRefs(): string[] {
  return layoutOf(getEdition('2020'), 'annual')
    .cells.filter((c) => !c.indicator.formula && isNumericKind(c.indicator.kind) && c.table.id === 'T2')
    .map((c) => c.ref);
}

function firstMonthlyCode(): string {
  const def = layoutOf(getEdition('2020'), 'monthly').cells.find(
    (c) => c.table.id === 'M' && c.column === 'ytd' && !c.indicator.formula,
  );
  if (!def) throw new Error('monthly layout has no typed ytd cell');
  return def.indicator.code;
}
