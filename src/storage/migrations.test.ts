// Upgrades tested on real old data: a database is written with the frozen version-1 stores (typed
// out here again, so an edit of SCHEMA_V1 cannot slip through), then opened with today's code.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyReport, setCell, toStoredForm } from '../core';
import type { EnterpriseRowV1 } from './migrations';
import { enterpriseV1toV2, SCHEMA_V1 } from './migrations';
import { returnIdOf } from './records';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { closeTestDbs, openTestDb, uniqueName } from './testing/testDb';

const V1_STORES = {
  enterprises: 'id, uscc, updatedAt',
  returns: 'id, enterpriseId, updatedAt',
  revisions: '++id, returnId, [returnId+savedAt]',
  settings: 'key',
};

const oldEnterprise = (n: number, extra: object = {}): EnterpriseRowV1 => ({
  id: `e${n}`,
  name: `企业${n}`,
  uscc: `9150000000000000${n}X`,
  createdAt: `2021-01-0${n}T00:00:00.000Z`,
  updatedAt: `2021-02-0${n}T00:00:00.000Z`,
  ...extra,
});

afterEach(closeTestDbs);

describe('enterpriseV1toV2', () => {
  it('puts rows from before workspaces into main and keeps every other field', () => {
    const row = oldEnterprise(1, { reviewUnit: 'yuzhong' });
    expect(enterpriseV1toV2(row)).toEqual({ ...row, workspace: 'main' });
  });

  it('keeps a valid workspace a row already has, and replaces an invalid one by main', () => {
    expect(enterpriseV1toV2({ ...oldEnterprise(1), workspace: 'training' }).workspace).toBe('training');
    expect(enterpriseV1toV2({ ...oldEnterprise(1), workspace: 'nonsense' }).workspace).toBe('main');
  });

  it('is pure: the old row is not modified', () => {
    const row = oldEnterprise(2);
    const copy = structuredClone(row);
    enterpriseV1toV2(row);
    expect(row).toEqual(copy);
  });
});

describe('upgrading a real version-1 database', () => {
  it('the frozen v1 stores are the ones published', () => {
    expect(SCHEMA_V1).toEqual(V1_STORES);
  });

  it('migrates every row and serves the new indexes', async () => {
    const name = uniqueName('v1');
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    const enterprises = [oldEnterprise(1), oldEnterprise(2, { reviewUnit: 'jiangbei' }), oldEnterprise(3)];
    const annual = setCell(
      emptyReport({ edition: '2020', kind: 'annual', period: '2020' }),
      'T1.B03.value',
      '企业1',
    );
    const monthly = emptyReport({ edition: '2020', kind: 'monthly', period: '2021-03' });
    const returns = [
      {
        id: returnIdOf('e1', 'annual', '2020'),
        enterpriseId: 'e1',
        kind: 'annual',
        period: '2020',
        data: toStoredForm(annual),
        version: 4,
        updatedAt: '2021-02-01T00:00:00.000Z',
      },
      {
        id: returnIdOf('e1', 'monthly', '2021-03'),
        enterpriseId: 'e1',
        kind: 'monthly',
        period: '2021-03',
        data: toStoredForm(monthly),
        version: 1,
        updatedAt: '2021-02-02T00:00:00.000Z',
      },
    ];
    const revisions = [
      {
        returnId: returns[0]?.id,
        savedAt: '2021-02-01T00:00:00.000Z',
        reason: 'edit',
        data: toStoredForm(annual),
      },
    ];
    await v1.table('enterprises').bulkAdd(enterprises);
    await v1.table('returns').bulkAdd(returns);
    await v1.table('revisions').bulkAdd(revisions);
    await v1.table('settings').add({ key: 'lang', value: 'zh' });
    v1.close();

    const db = openTestDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.enterprises.orderBy('id').toArray()).toEqual(
      enterprises.map((e) => ({ ...e, workspace: 'main' })),
    );
    expect(await db.returns.orderBy('id').toArray()).toEqual(returns);
    expect(await db.revisions.toArray()).toEqual([{ ...revisions[0], id: 1 }]);
    expect(await db.settings.toArray()).toEqual([{ key: 'lang', value: 'zh' }]);
    // The indexes version 2 added work on the migrated rows.
    expect(await db.enterprises.where('workspace').equals('main').count()).toBe(3);
    expect(await db.returns.where('[enterpriseId+kind]').equals(['e1', 'monthly']).primaryKeys()).toEqual([
      returns[1]?.id,
    ]);
  });
});
