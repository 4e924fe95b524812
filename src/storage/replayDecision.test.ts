import { describe, expect, it } from 'vitest';
import { emptyReport, setCell } from '../core';
import type { KeyValueStorage } from './editJournal';
import { createEditJournal } from './editJournal';
import { editsToReplay } from './replayDecision';

function fakeStorage(): KeyValueStorage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
  };
}
const base = emptyReport({ edition: '2020', kind: 'annual', period: '2020' });
const F01 = 'T2.F01.thisYear';
const F03 = 'T2.F03.thisYear';
const cell = (ref: string, raw: string | undefined) => ({ type: 'cell', ref, raw }) as const;

/** A closed page's journal: `steps` are edits with what the page knew storage held for them. */
function closedPage(steps: [ref: string, raw: string, knew: (string | null)[]][]) {
  let t = 0;
  const s = fakeStorage();
  const j = createEditJournal(s, { tab: 'closed', now: () => ++t });
  for (const [ref, raw, knew] of steps) j.record('e', 'annual', '2020', [cell(ref, raw)], [knew]);
  const [p] = createEditJournal(s, { tab: 'me' }).pending();
  if (!p) throw new Error('nothing journalled');
  return p;
}

describe('editsToReplay', () => {
  it('applies an edit although another key was saved later (the return time alone would drop it)', () => {
    const p = closedPage([[F01, '999', [null, null]]]);
    const stored = { report: setCell(base, F03, '5'), updatedAt: p.at + 5_000 };
    expect(editsToReplay(p, stored)).toEqual([cell(F01, '999')]);
  });

  it("applies the page's last keystroke when its own earlier save of the key committed as it closed", () => {
    // Typed 1 (saving…), then 12 before that save's result came back; storage then held 1.
    const p = closedPage([
      [F01, '1', [null, null]],
      [F01, '12', [null, '1']],
    ]);
    const stored = { report: setCell(base, F01, '1'), updatedAt: p.at + 1 };
    expect(editsToReplay(p, stored)).toEqual([cell(F01, '12')]);
  });

  it('never writes an old value over a key another page changed since, and still applies the others', () => {
    const p = closedPage([
      [F01, '1', [null, null]],
      [F03, '3', [null, null]],
    ]);
    const stored = { report: setCell(base, F01, '2'), updatedAt: p.at - 1 }; // another page wrote F01
    expect(editsToReplay(p, stored)).toEqual([cell(F03, '3')]);
  });

  it('skips what storage already holds, applies all to a return not stored yet', () => {
    const p = closedPage([[F01, '7', [null, null]]]);
    expect(editsToReplay(p, { report: setCell(base, F01, '7'), updatedAt: 0 })).toEqual([]);
    expect(editsToReplay(p, undefined)).toEqual([cell(F01, '7')]);
  });

  it('falls back to the return time for edits journalled before the journal knew what storage held', () => {
    let t = 0;
    const s = fakeStorage();
    createEditJournal(s, { tab: 'closed', now: () => (t += 10) }).record('e', 'annual', '2020', [
      cell(F01, '1'),
    ]);
    const [p] = createEditJournal(s, { tab: 'me' }).pending();
    expect(p?.seen).toEqual([undefined]);
    expect(editsToReplay(p!, { report: base, updatedAt: p!.at - 1 })).toEqual([cell(F01, '1')]);
    expect(editsToReplay(p!, { report: base, updatedAt: p!.at + 1 })).toEqual([]);
  });
});
