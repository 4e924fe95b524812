import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeTestDbs, dumpTables, testClock, testRepo } from './testing/testDb';

afterEach(closeTestDbs);

const USCC = '91500103MA5U00000D';

describe('enterprises', () => {
  it('creates a record with a fresh UUID, trimmed fields, main workspace and the clock time', async () => {
    const clock = testClock('2021-03-01T02:00:00.000Z');
    const { repo } = testRepo({ now: clock.now });
    const a = await repo.createEnterprise({ name: ' 重庆某某软件有限公司 ', uscc: ` ${USCC} ` });
    const b = await repo.createEnterprise({
      name: '乙',
      uscc: '',
      workspace: 'training',
      reviewUnit: 'yuzhong',
    });
    expect(a).toEqual({
      id: a.id,
      workspace: 'main',
      name: '重庆某某软件有限公司',
      uscc: USCC,
      createdAt: '2021-03-01T02:00:00.000Z',
      updatedAt: '2021-03-01T02:00:00.000Z',
    });
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b.id).not.toBe(a.id);
    expect(await repo.getEnterprise(a.id)).toEqual(a);
    expect(await repo.getEnterprise(b.id)).toEqual(b);
    expect(await repo.getEnterprise('nope')).toBeUndefined();
  });

  it('refuses a blank name', async () => {
    const { repo } = testRepo();
    await expect(repo.createEnterprise({ name: '  ', uscc: '' })).rejects.toThrow(RangeError);
  });

  it('lists one workspace in Chinese (pinyin) order, not code-point order', async () => {
    const { repo } = testRepo();
    // Code points: 北 U+5317 < 安 U+5B89 < 重 U+91CD; pinyin: an < bei < chong.
    for (const name of ['重庆软件', '北京软件', '安徽软件']) await repo.createEnterprise({ name, uscc: '' });
    await repo.createEnterprise({ name: '培训企业', uscc: '', workspace: 'training' });
    expect((await repo.listEnterprises()).map((e) => e.name)).toEqual(['安徽软件', '北京软件', '重庆软件']);
    expect((await repo.listEnterprises('training')).map((e) => e.name)).toEqual(['培训企业']);
  });

  it('updates fields, clears the review unit, moves updatedAt, and fails for a missing id', async () => {
    const clock = testClock('2021-03-01T00:00:00.000Z');
    const { repo } = testRepo({ now: clock.now });
    const e = await repo.createEnterprise({ name: '甲', uscc: '', reviewUnit: 'yuzhong' });
    clock.advance(60_000);
    const renamed = await repo.updateEnterprise(e.id, { name: ' 乙 ', uscc: USCC });
    expect(renamed).toEqual({ ...e, name: '乙', uscc: USCC, updatedAt: '2021-03-01T00:01:00.000Z' });
    const cleared = await repo.updateEnterprise(e.id, { reviewUnit: undefined, workspace: 'training' });
    expect(cleared).not.toHaveProperty('reviewUnit');
    expect(cleared.workspace).toBe('training');
    expect(await repo.getEnterprise(e.id)).toEqual(cleared);
    await expect(repo.updateEnterprise('missing', { name: 'x' })).rejects.toThrow('找不到该企业');
  });
});

describe('deleting an enterprise', () => {
  async function twoEnterprisesWithReturns() {
    const clock = testClock('2021-03-01T00:00:00.000Z');
    const t = testRepo({ now: clock.now });
    const a = await t.repo.createEnterprise({ name: '甲', uscc: USCC });
    const b = await t.repo.createEnterprise({ name: '乙', uscc: '' });
    for (const e of [a, b]) {
      await t.repo.saveEdits(e.id, 'annual', '2020', [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '1' }]);
      clock.advance(1000);
      await t.repo.saveEdits(e.id, 'annual', '2020', [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '2' }]);
      await t.repo.ensureReturn(e.id, 'monthly', '2021-03');
    }
    return { ...t, a, b };
  }

  it('removes its returns and their revisions, leaves the others, and returns what it removed', async () => {
    const { db, repo, a, b } = await twoEnterprisesWithReturns();
    const aReturns = await repo.listReturns(a.id);
    const aRevisions = await db.revisions
      .where('returnId')
      .anyOf(aReturns.map((r) => r.id))
      .toArray();
    const bBefore = { returns: await repo.listReturns(b.id), all: await db.revisions.count() };
    const aEnterprise = await repo.getEnterprise(a.id);

    const snapshot = await repo.deleteEnterprise(a.id);

    expect(snapshot.enterprise).toEqual(aEnterprise);
    expect([...snapshot.returns].sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(
      [...aReturns].sort((x, y) => (x.id < y.id ? -1 : 1)),
    );
    expect(snapshot.revisions).toEqual(aRevisions);
    expect(aRevisions.length).toBeGreaterThan(0);
    expect(await repo.getEnterprise(a.id)).toBeUndefined();
    expect(await repo.listReturns(a.id)).toEqual([]);
    expect(
      await db.revisions
        .where('returnId')
        .anyOf(aReturns.map((r) => r.id))
        .count(),
    ).toBe(0);
    expect(await repo.listReturns(b.id)).toEqual(bBefore.returns);
    expect(await db.revisions.count()).toBe(bBefore.all - aRevisions.length);
  });

  it('is one transaction: a failure in its last step leaves everything as it was', async () => {
    const { db, repo, a } = await twoEnterprisesWithReturns();
    const before = await dumpTables(db);
    vi.spyOn(db.enterprises, 'delete').mockImplementation(() => {
      throw new Error('simulated failure after returns and revisions were deleted');
    });
    await expect(repo.deleteEnterprise(a.id)).rejects.toThrow('simulated failure');
    expect(await dumpTables(db)).toBe(before);
  });

  it('restoreEnterprise undoes the delete (same ids and versions; the same revisions, under new ids)', async () => {
    const { db, repo, a } = await twoEnterprisesWithReturns();
    // Revisions compared without their ids: the restore gives them new ones (see below).
    const state = async () => {
      const dump = JSON.parse(await dumpTables(db)) as Record<string, Record<string, unknown>[]>;
      dump.revisions = (dump.revisions ?? [])
        .map(({ id: _id, ...r }) => r)
        .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
      return JSON.stringify(dump);
    };
    const before = await state();
    const snapshot = await repo.deleteEnterprise(a.id);
    expect(await state()).not.toBe(before);
    await repo.restoreEnterprise(JSON.parse(JSON.stringify(snapshot)) as typeof snapshot);
    expect(await state()).toBe(before);
  });

  it("restoreEnterprise never overwrites another return's revision that took a deleted one's id", async () => {
    const { db, repo, a, b } = await twoEnterprisesWithReturns();
    const snapshot = await repo.deleteEnterprise(a.id);
    const freedId = snapshot.revisions[0]?.id ?? 0;
    // As a 'replace' import keeps the file's revision ids: b's history now holds the freed id.
    const theirs = {
      ...(await db.revisions.toArray()).find((r) => r.returnId.startsWith(b.id))!,
      id: freedId,
    };
    await db.revisions.put(theirs);
    await repo.restoreEnterprise(snapshot);
    expect(await db.revisions.get(freedId)).toEqual(theirs);
    expect(await db.revisions.where('returnId').startsWith(a.id).count()).toBe(snapshot.revisions.length);
  });

  it('fails clearly for an enterprise that no longer exists', async () => {
    const { repo } = testRepo();
    await expect(repo.deleteEnterprise('gone')).rejects.toThrow('找不到该企业');
  });
});
