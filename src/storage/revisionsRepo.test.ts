import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KEEP_LATEST_REVISIONS } from './pruneRevisions';
import { returnIdOf } from './records';
import { closeTestDbs, testClock, testRepo } from './testing/testDb';

afterEach(closeTestDbs);

const cell = (raw: string) => ({ type: 'cell', ref: 'T2.F01.thisYear', raw }) as const;

async function setup(start = '2021-03-01T01:00:00.000Z') {
  const clock = testClock(start);
  const t = testRepo({ now: clock.now });
  const { id } = await t.repo.createEnterprise({ name: '甲', uscc: '' });
  return { ...t, clock, id, returnId: returnIdOf(id, 'annual', '2020') };
}

describe('revisions', () => {
  it('lists a return’s revisions newest first, with what each save wrote', async () => {
    const { repo, clock, id, returnId } = await setup();
    const states = [];
    for (const raw of ['1', '2', '3']) {
      states.push(await repo.saveEdits(id, 'annual', '2020', [cell(raw)]));
      clock.advance(60_000);
    }
    const other = await repo.createEnterprise({ name: '乙', uscc: '' });
    await repo.saveEdits(other.id, 'annual', '2020', [cell('9')]);
    const list = await repo.listRevisions(returnId);
    expect(list.map((r) => r.data.cells['T2.F01.thisYear'])).toEqual(['3', '2', '1']);
    expect(list.every((r) => r.returnId === returnId && r.reason === 'edit')).toBe(true);
    expect(list.map((r) => r.savedAt)).toEqual([
      '2021-03-01T01:02:00.000Z',
      '2021-03-01T01:01:00.000Z',
      '2021-03-01T01:00:00.000Z',
    ]);
  });

  it('restoreRevision makes an old state current as a new version, itself undoable', async () => {
    const { repo, clock, id, returnId } = await setup();
    const first = await repo.saveEdits(id, 'annual', '2020', [cell('1')]);
    clock.advance(1000);
    await repo.saveEdits(id, 'annual', '2020', [cell('2')]);
    clock.advance(1000);
    const oldest = (await repo.listRevisions(returnId)).at(-1);
    expect(await repo.restoreRevision(oldest?.id ?? -1)).toEqual(first);
    expect(await repo.loadReturn(id, 'annual', '2020')).toEqual(first);
    const list = await repo.listRevisions(returnId);
    expect(list.map((r) => r.reason)).toEqual(['restore', 'edit', 'edit']);
    expect((await repo.listReturns(id))[0]?.version).toBe(3);
    await expect(repo.restoreRevision(123_456)).rejects.toThrow('找不到该历史版本');
  });

  it('keeps the latest 50 and, older than those, the last revision of each Shanghai day', async () => {
    // Day A (Shanghai 03-01): 5 saves, the last at 23:30 Shanghai (15:30Z).
    // Day B (Shanghai 03-02): 5 saves, the first at 00:30 Shanghai (16:30Z on 03-01 in UTC).
    // Day C (Shanghai 03-03): 55 saves.
    const dayA = Array.from({ length: 5 }, (_, i) => `2021-03-01T1${i + 1}:30:00.000Z`);
    const dayB = Array.from({ length: 5 }, (_, i) =>
      new Date(Date.UTC(2021, 2, 1, 16 + i * 2, 30)).toISOString(),
    );
    const dayC = Array.from({ length: 55 }, (_, i) => new Date(Date.UTC(2021, 2, 3, 1, i)).toISOString());
    const { repo, clock, id, returnId } = await setup(dayA[0]);
    let n = 0;
    for (const at of [...dayA, ...dayB, ...dayC]) {
      clock.set(at);
      await repo.saveEdits(id, 'annual', '2020', [cell(String(++n))]);
    }
    const kept = (await repo.listRevisions(returnId)).map((r) => r.savedAt);
    const newestFirst = (xs: string[]) => [...xs].reverse();
    expect(kept).toEqual([
      ...newestFirst(dayC).slice(0, KEEP_LATEST_REVISIONS),
      newestFirst(dayC)[KEEP_LATEST_REVISIONS],
      dayB.at(-1),
      dayA.at(-1),
    ]);
  });
});
