import { describe, expect, it, vi } from 'vitest';
import type { KeyValueStorage } from './editJournal';
import { JOURNAL_KEY, createEditJournal, replayJournal } from './editJournal';
import { NotFoundError } from './errors';
import { msg } from '../core/message';

function fakeStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('edit journal', () => {
  it('keeps the latest edit per key, cleared cells included, until committed', () => {
    const t = 1000;
    const s = fakeStorage();
    const j = createEditJournal(s, { tab: 'A', now: () => t });
    const other = createEditJournal(s, { tab: 'B' });
    j.record('e1', 'annual', '2020', [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '1' }]);
    j.record('e1', 'annual', '2020', [
      { type: 'cell', ref: 'T2.F01.thisYear', raw: '12' },
      { type: 'cell', ref: 'T2.F03.thisYear', raw: undefined },
    ]);
    expect(j.pending()).toEqual([]); // a page never replays its own edits
    expect(other.pending()).toEqual([
      {
        tab: 'A',
        enterpriseId: 'e1',
        kind: 'annual',
        period: '2020',
        at: 1000,
        edits: [
          { type: 'cell', ref: 'T2.F01.thisYear', raw: '12' },
          { type: 'cell', ref: 'T2.F03.thisYear', raw: undefined },
        ],
        seen: [undefined, undefined], // recorded without what storage held: replayed by time
      },
    ]);
    // A commit of an older value of F01 does not remove the newer one.
    const ret = { enterpriseId: 'e1', kind: 'annual', period: '2020' } as const;
    j.committed(ret, [
      { type: 'cell', ref: 'T2.F01.thisYear', raw: '1' },
      { type: 'cell', ref: 'T2.F03.thisYear', raw: undefined },
    ]);
    expect(other.pending()[0]?.edits).toEqual([{ type: 'cell', ref: 'T2.F01.thisYear', raw: '12' }]);
    j.committed(ret, [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '12' }]);
    expect(other.pending()).toEqual([]);
  });

  it('keeps, per key, what storage may hold: the values known at each edit and the earlier ones typed', () => {
    const s = fakeStorage();
    const j = createEditJournal(s, { tab: 'A' });
    const other = createEditJournal(s, { tab: 'B' });
    const f01 = (raw: string) => ({ type: 'cell', ref: 'T2.F01.thisYear', raw }) as const;
    j.record('e1', 'annual', '2020', [f01('1')], [[null, null]]);
    j.recordSoon('e1', 'annual', '2020', f01('12'), [null, '1']);
    j.recordSoon('e1', 'annual', '2020', f01('123'), [null, '12']);
    j.flush();
    expect(other.pending()[0]?.seen).toEqual([[null, '1', '12']]);
    // A commit of 12 leaves 123, still knowing that storage may hold 12 (or 1, or nothing).
    j.committed({ enterpriseId: 'e1', kind: 'annual', period: '2020' }, [f01('12')]);
    expect(other.pending()[0]).toMatchObject({ edits: [f01('123')], seen: [[null, '1', '12']] });
  });

  it('keeps what storage may hold bounded: the first values known and the latest typed', () => {
    const s = fakeStorage();
    const j = createEditJournal(s, { tab: 'A' });
    const other = createEditJournal(s, { tab: 'B' });
    let text = '';
    for (let i = 0; i < 500; i++) {
      const before = text;
      text += '字';
      j.record(
        'e1',
        'annual',
        '2020',
        [{ type: 'explanation', key: 'k', text }],
        [['旧说明', before || null]],
      );
    }
    const seen = other.pending()[0]?.seen[0] ?? [];
    expect(seen.length).toBeLessThanOrEqual(12);
    expect(seen.slice(0, 2)).toEqual(['旧说明', null]); // what storage held when typing began
    expect(seen).toContain('字'.repeat(499)); // the value typed just before the latest
    expect(s.map.get(JOURNAL_KEY)?.length ?? 0).toBeLessThan(20_000);
  });

  it("two pages journalling in turn keep both pages' edits; an unchanged journal is not parsed again", () => {
    const s = fakeStorage();
    const a = createEditJournal(s, { tab: 'A' });
    const b = createEditJournal(s, { tab: 'B' });
    const cell = (raw: string) => [{ type: 'cell', ref: 'T2.F01.thisYear', raw }] as const;
    a.record('e1', 'annual', '2020', cell('1'));
    b.record('e2', 'annual', '2020', cell('2')); // written after A's: A must not write over it
    a.record('e1', 'annual', '2020', cell('11'));
    const parse = vi.spyOn(JSON, 'parse');
    a.record('e1', 'annual', '2020', cell('111')); // nobody wrote since A did: no parse
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    const reader = createEditJournal(s, { tab: 'C' });
    expect(reader.pending().map((p) => [p.tab, p.edits])).toEqual([
      ['A', [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '111' }]],
      ['B', [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '2' }]],
    ]);
    s.map.delete(JOURNAL_KEY); // cleared by another page (its replay committed everything)
    a.record('e1', 'annual', '2020', cell('1'));
    expect(reader.pending().map((p) => p.tab)).toEqual(['A']);
  });

  it('recordSoon writes in a later task, all queued edits in one write, and flushes on demand', () => {
    const s = fakeStorage();
    const tasks: (() => void)[] = [];
    const j = createEditJournal(s, { tab: 'A', schedule: (task) => tasks.push(task) });
    const reader = createEditJournal(s, { tab: 'B' });
    const setItem = vi.spyOn(s, 'setItem');
    j.recordSoon('e1', 'annual', '2020', { type: 'cell', ref: 'T2.F01.thisYear', raw: '1' });
    j.recordSoon('e1', 'annual', '2020', { type: 'cell', ref: 'T2.F01.thisYear', raw: '12' });
    j.recordSoon('e2', 'monthly', '2021-03', { type: 'explanation', key: 'K', text: '说明' });
    expect(tasks).toHaveLength(1); // one task for the lot
    expect(s.map.has(JOURNAL_KEY)).toBe(false);
    tasks[0]?.();
    expect(setItem).toHaveBeenCalledTimes(2); // one read-modify-write per return
    expect(reader.pending().map((p) => [p.enterpriseId, p.edits])).toEqual([
      ['e1', [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '12' }]],
      ['e2', [{ type: 'explanation', key: 'K', text: '说明' }]],
    ]);
    // The page going away flushes without waiting for the task.
    j.recordSoon('e1', 'annual', '2020', { type: 'cell', ref: 'T2.F01.thisYear', raw: '123' });
    j.flush();
    expect(reader.pending()[0]?.edits).toEqual([{ type: 'cell', ref: 'T2.F01.thisYear', raw: '123' }]);
    tasks[1]?.(); // the scheduled task finds nothing left to write
    expect(setItem).toHaveBeenCalledTimes(3);
  });

  it('a commit after recordSoon sees the queued edit first, so a newer one is never dropped', () => {
    const s = fakeStorage();
    const j = createEditJournal(s, { tab: 'A', schedule: () => undefined }); // the task never runs
    const ret = { enterpriseId: 'e1', kind: 'annual', period: '2020' } as const;
    j.recordSoon('e1', 'annual', '2020', { type: 'cell', ref: 'T2.F01.thisYear', raw: '1' });
    j.committed(ret, [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '1' }]);
    expect(s.map.has(JOURNAL_KEY)).toBe(false); // written, then removed by the commit
    j.recordSoon('e1', 'annual', '2020', { type: 'cell', ref: 'T2.F01.thisYear', raw: '12' });
    j.committed(ret, [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '1' }]); // an older save
    expect(createEditJournal(s, { tab: 'B' }).pending()[0]?.edits).toEqual([
      { type: 'cell', ref: 'T2.F01.thisYear', raw: '12' },
    ]);
  });

  it('leaves entries of live pages alone', () => {
    const s = fakeStorage();
    createEditJournal(s, { tab: 'live' }).record('e1', 'monthly', '2021-03', [
      { type: 'explanation', key: 'K', text: '说明' },
    ]);
    createEditJournal(s, { tab: 'closed' }).record('e1', 'monthly', '2021-03', [
      { type: 'explanation', key: 'K', text: '旧' },
    ]);
    const me = createEditJournal(s, { tab: 'me' });
    expect(me.pending((tab) => tab !== 'live').map((p) => p.tab)).toEqual(['closed']);
  });

  it('drops a corrupt or hostile journal instead of throwing', () => {
    const s = fakeStorage();
    s.setItem(JOURNAL_KEY, '{"__proto__":{"x":1},"a":{"enterpriseId":1}}');
    expect(createEditJournal(s, { tab: 'x' }).pending()).toEqual([]);
    s.setItem(JOURNAL_KEY, 'not json');
    expect(createEditJournal(s, { tab: 'x' }).pending()).toEqual([]);
    expect(createEditJournal(undefined, { tab: 'x' }).pending()).toEqual([]);
  });

  it('replays orphaned edits, keeps them when storage is full or closed, drops what can never apply', async () => {
    const s = fakeStorage();
    const j = createEditJournal(s, { tab: 'closed' });
    j.record('ok', 'annual', '2020', [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '1' }]);
    j.record('full', 'annual', '2020', [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '2' }]);
    j.record('gone', 'annual', '2020', [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '3' }]);
    j.record('closed', 'annual', '2020', [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '4' }]);
    j.record('unknownCell', 'annual', '2020', [{ type: 'cell', ref: 'T9.X.thisYear', raw: '5' }]);
    const me = createEditJournal(s, { tab: 'me' });
    const full = Object.assign(new Error('full'), { name: 'StorageFullError' });
    // Another tab upgraded the database: this connection is closed, the edits are still good.
    const closed = Object.assign(new Error('closed'), { name: 'DatabaseClosedError' });
    const save = vi.fn(async (p: { enterpriseId: string }) => {
      if (p.enterpriseId === 'full') throw full;
      if (p.enterpriseId === 'closed') throw closed;
      if (p.enterpriseId === 'gone') throw new NotFoundError(msg('找不到该企业', 'gone'));
      if (p.enterpriseId === 'unknownCell') throw new RangeError('unknown cell T9.X.thisYear');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await replayJournal(me, save, () => true)).toBe(1);
    expect(save).toHaveBeenCalledTimes(5);
    expect(me.pending().map((p) => p.enterpriseId)).toEqual(['full', 'closed']);
  });
});
