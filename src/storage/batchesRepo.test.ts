import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_V2 } from './migrations';
import { closeTestDbs, openTestDb, testRepo, uniqueName } from './testing/testDb';
import { createRepository } from './repository';

afterEach(closeTestDbs);

const batchInput = {
  name: ' 渝中区 2020 年报 ',
  reviewUnit: '500103',
  edition: '2020',
  kind: 'annual',
  period: '2020',
} as const;
const item = (uscc: string) => ({ uscc, fileName: `${uscc}.xlsx`, status: 'ok' as const, notes: [] });

describe('batches', () => {
  it('creates, lists newest first, adds items in one go, replaces duplicates, reviews', async () => {
    let t = Date.parse('2026-01-01T00:00:00Z');
    const { repo } = testRepo({ now: () => new Date((t += 1000)) });
    const a = await repo.createBatch(batchInput);
    const b = await repo.createBatch({ ...batchInput, name: '第二批' });
    expect(a.name).toBe('渝中区 2020 年报');
    expect((await repo.listBatches()).map((x) => x.id)).toEqual([b.id, a.id]);

    const [first] = await repo.addItems(a.id, [item('A'), item('B')]);
    expect(first?.review).toEqual({ decision: 'pending', note: '' });
    await repo.addItems(a.id, [item('A')], [first?.id ?? '']);
    const items = await repo.listItems(a.id);
    expect(items.map((i) => i.uscc).sort()).toEqual(['A', 'B']);
    expect(items.find((i) => i.uscc === 'A')?.id).not.toBe(first?.id);

    const target = items[0];
    if (!target) throw new Error('no item');
    await repo.setReview(target.id, 'returned', '请补充审核说明');
    expect((await repo.listItems(a.id)).find((i) => i.id === target.id)?.review).toMatchObject({
      decision: 'returned',
      note: '请补充审核说明',
    });
    await repo.setRoster(a.id, [{ uscc: 'C', name: '未报企业' }]);
    expect((await repo.getBatch(a.id))?.roster).toEqual([{ uscc: 'C', name: '未报企业' }]);
  });

  it('an intake into a deleted batch writes nothing; deleting a batch removes its items only', async () => {
    const { repo, db } = testRepo();
    const a = await repo.createBatch(batchInput);
    const b = await repo.createBatch(batchInput);
    await repo.addItems(a.id, [item('A')]);
    await repo.addItems(b.id, [item('B')]);
    await repo.deleteBatch(a.id);
    expect(await db.batchItems.count()).toBe(1);
    await expect(repo.addItems(a.id, [item('X')])).rejects.toThrow('找不到该审核批次');
    expect(await db.batchItems.count()).toBe(1);
  });

  it('a version-2 database upgrades to version 3 with every old row intact', async () => {
    const name = uniqueName('v2');
    const old = new Dexie(name);
    old.version(2).stores(SCHEMA_V2);
    const enterprise = {
      id: 'e1',
      workspace: 'main',
      name: '旧企业',
      uscc: '',
      createdAt: 'x',
      updatedAt: 'y',
    };
    await old.table('enterprises').put(enterprise);
    await old.table('settings').put({ key: 'k', value: { a: 1 } });
    old.close();
    const db = openTestDb(name);
    const repo = createRepository(db);
    expect(await db.enterprises.toArray()).toEqual([enterprise]);
    expect(await repo.getSetting('k')).toEqual({ a: 1 });
    expect(await repo.listBatches()).toEqual([]);
    expect(db.verno).toBe(3);
  });
});

describe('large intakes', () => {
  it('writes and reads many items in chunks, still all or nothing', async () => {
    const { repo, db } = testRepo();
    const b = await repo.createBatch(batchInput);
    const many = Array.from({ length: 130 }, (_, i) => item(`U${i}`));
    await repo.addItems(b.id, many);
    expect((await repo.listItems(b.id)).map((i) => i.uscc).sort()).toEqual(many.map((i) => i.uscc).sort());
    // An item that cannot be stored in the third chunk aborts the whole intake.
    const broken = [
      ...many.map((i) => ({ ...i, uscc: `${i.uscc}-2` })),
      { ...item('BAD'), notes: [() => 1] as unknown as string[] },
    ];
    await expect(repo.addItems(b.id, broken)).rejects.toThrow();
    expect(await db.batchItems.count()).toBe(130);
  });
});
