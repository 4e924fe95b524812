import { describe, expect, it } from 'vitest';
import { KEEP_LATEST_REVISIONS, revisionsToPrune } from './pruneRevisions';

/** Revisions at the given instants, ids in the order given. */
const at = (...instants: string[]) => instants.map((savedAt, i) => ({ id: i + 1, savedAt }));

describe('revisionsToPrune', () => {
  it('keeps everything while there are no more than the latest N', () => {
    const revisions = Array.from({ length: KEEP_LATEST_REVISIONS }, (_, i) => ({
      id: i + 1,
      savedAt: new Date(Date.UTC(2021, 0, 1, 0, i)).toISOString(),
    }));
    expect(revisionsToPrune(revisions)).toEqual([]);
  });

  it('beyond the latest N keeps the newest revision of each Shanghai calendar day', () => {
    const revisions = at(
      '2021-03-01T01:00:00.000Z', // 1: Shanghai 03-01 09:00
      '2021-03-01T15:00:00.000Z', // 2: Shanghai 03-01 23:00 ← newest of 03-01
      '2021-03-01T16:30:00.000Z', // 3: Shanghai 03-02 00:30 (still 03-01 in UTC)
      '2021-03-02T10:00:00.000Z', // 4: Shanghai 03-02 18:00 ← newest of 03-02
      '2021-03-03T10:00:00.000Z', // 5: kept (latest 2)
      '2021-03-03T11:00:00.000Z', // 6: kept (latest 2)
    );
    expect(revisionsToPrune(revisions, 2).sort()).toEqual([1, 3]);
  });

  it('does not depend on input order, and orders equal times by id', () => {
    const revisions = at('2021-03-01T01:00:00.000Z', '2021-03-01T01:00:00.000Z', '2021-03-05T00:00:00.000Z');
    expect(revisionsToPrune([...revisions].reverse(), 1)).toEqual([1]);
  });
});
