// The composed repository: settings, and the live queries the UI subscribes to.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyReport, toStoredForm } from '../core';
import { returnIdOf } from './records';
import { createRepository } from './repository';
import { closeTestDbs, openTestDb, testRepo, uniqueName, valueWhere } from './testing/testDb';

afterEach(closeTestDbs);

describe('settings', () => {
  it('stores JSON-able values by key, undefined when never set', async () => {
    const { repo } = testRepo();
    expect(await repo.getSetting('lang')).toBeUndefined();
    await repo.setSetting('lang', 'en');
    await repo.setSetting('columns', { widths: [1, 2] });
    await repo.setSetting('lang', 'zh');
    expect(await repo.getSetting('lang')).toBe('zh');
    expect(await repo.getSetting('columns')).toEqual({ widths: [1, 2] });
  });
});

describe('live queries', () => {
  it('watchEnterprises emits the sorted list again after a change, also one made by another tab', async () => {
    const name = uniqueName('live');
    const page = createRepository(openTestDb(name));
    const otherTab = createRepository(openTestDb(name));
    await page.createEnterprise({ name: '北京软件', uscc: '' });
    const live = page.watchEnterprises('main');
    expect((await valueWhere(live, (l) => l.length === 1)).map((e) => e.name)).toEqual(['北京软件']);
    const seen = valueWhere(live, (l) => l.length === 2);
    await otherTab.createEnterprise({ name: '安徽软件', uscc: '' });
    await otherTab.createEnterprise({ name: '培训', uscc: '', workspace: 'training' });
    expect((await seen).map((e) => e.name)).toEqual(['安徽软件', '北京软件']);
  });

  it('watchEnterprise follows one record until it is deleted', async () => {
    const { repo } = testRepo();
    const e = await repo.createEnterprise({ name: '甲', uscc: '' });
    const live = repo.watchEnterprise(e.id);
    expect(await valueWhere(live, (x) => x !== undefined)).toEqual(e);
    const gone = valueWhere(live, (x) => x === undefined);
    await repo.deleteEnterprise(e.id);
    expect(await gone).toBeUndefined();
  });

  it('watchReturns and watchReturn emit after saves', async () => {
    const { repo } = testRepo();
    const { id } = await repo.createEnterprise({ name: '甲', uscc: '' });
    const rows = repo.watchReturns(id);
    const one = repo.watchReturn(id, 'annual', '2020');
    expect(await valueWhere(rows, () => true)).toEqual([]);
    expect(await valueWhere(one, () => true)).toBeUndefined();
    const rowsSaved = valueWhere(rows, (r) => r.length === 1 && r[0]?.data.cells['T2.F01.thisYear'] === '5');
    const reportSaved = valueWhere(one, (r) => r?.cells['T2.F01.thisYear']?.raw === '5');
    await repo.saveEdits(id, 'annual', '2020', [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '5' }]);
    expect((await rowsSaved)[0]?.version).toBe(1);
    expect((await reportSaved)?.period).toBe('2020');
  });

  it('watchReturn reports unreadable data as an error, not as a value', async () => {
    const { db, repo } = testRepo();
    const { id } = await repo.createEnterprise({ name: '甲', uscc: '' });
    await repo.ensureReturn(id, 'annual', '2020');
    const bad = {
      ...toStoredForm(emptyReport({ edition: '2020', kind: 'annual', period: '2020' })),
      kind: 'weekly',
    };
    await db.returns.update(returnIdOf(id, 'annual', '2020'), { data: bad as never });
    await expect(valueWhere(repo.watchReturn(id, 'annual', '2020'), () => true)).rejects.toThrow('报表类型');
  });
});
