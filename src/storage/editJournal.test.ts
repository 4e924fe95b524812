import { describe, expect, it, vi } from 'vitest';
import type { KeyValueStorage } from './editJournal';
import { JOURNAL_KEY, createEditJournal, replayJournal } from './editJournal';

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

  it('replays orphaned edits, keeps them when storage is full, drops what can never apply', async () => {
    const s = fakeStorage();
    const j = createEditJournal(s, { tab: 'closed' });
    j.record('ok', 'annual', '2020', [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '1' }]);
    j.record('full', 'annual', '2020', [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '2' }]);
    j.record('gone', 'annual', '2020', [{ type: 'cell', ref: 'T2.F01.thisYear', raw: '3' }]);
    const me = createEditJournal(s, { tab: 'me' });
    const full = Object.assign(new Error('full'), { name: 'StorageFullError' });
    const save = vi.fn(async (p: { enterpriseId: string }) => {
      if (p.enterpriseId === 'full') throw full;
      if (p.enterpriseId === 'gone') throw new Error('找不到该企业');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await replayJournal(me, save, () => true)).toBe(1);
    expect(save).toHaveBeenCalledTimes(3);
    expect(me.pending().map((p) => p.enterpriseId)).toEqual(['full']);
  });
});
