import { beforeAll, describe, expect, it } from 'vitest';
import { setCell, toStoredForm } from '../../core';
import { cleanAnnualReport, CLEAN_ANNUAL_TODAY } from '../../core/rules/testing/sampleReports';
import type { BatchItemRow, BatchRow } from '../../storage';
import type { BoardRow } from './boardRows';
import { asOfFile, boardRowsSliced, filterRows, sortRows } from './boardRows';

const batch: BatchRow = {
  id: 'b',
  name: 'b',
  reviewUnit: 'all',
  edition: '2020',
  kind: 'annual',
  period: '2020',
  createdAt: '',
  updatedAt: '',
  roster: [{ uscc: 'Z', name: '未报企业' }],
};
const item = (
  id: string,
  uscc: string,
  report = cleanAnnualReport(),
  exportedAt = '2021-03-01T00:00:00Z',
): BatchItemRow => ({
  id,
  batchId: 'b',
  uscc,
  fileName: `${id}.xlsx`,
  importedAt: '',
  status: 'ok',
  data: toStoredForm(setCell(report, 'T1.B03.value', `企业${id}`)),
  exportedAt,
  review: { decision: 'pending', note: '' },
});

describe('board rows', () => {
  const unbalanced = setCell(cleanAnnualReport(), 'T2.F04.thisYear', '1');
  let rows: BoardRow[] = [];
  beforeAll(async () => {
    const items = [item('1', 'A'), item('2', 'B', unbalanced, '2021-04-01T00:00:00Z')];
    rows = (await boardRowsSliced(batch, items, CLEAN_ANNUAL_TODAY, new Map(), () => false)) ?? [];
  });

  it('gives status, counts, key figures, lateness, and the roster’s missing enterprises', () => {
    expect(rows.map((r) => [r.name, r.status, r.late])).toEqual([
      ['企业1', '可上报', false],
      ['企业2', '有必改错误', true],
      ['未报企业', '未报送', false],
    ]);
    expect(rows[1]?.counts.error).toBeGreaterThan(0);
    expect(rows[0]?.figures).toEqual([3000, 2500, 375, 120]);
  });

  it('filters by status and search, sorts by a figure or a count', () => {
    expect(filterRows(rows, '有必改错误', '').map((r) => r.uscc)).toEqual(['B']);
    expect(filterRows(rows, 'all', '未报').map((r) => r.uscc)).toEqual(['Z']);
    expect(sortRows(rows, 'error', true)[0]?.uscc).toBe('B');
    expect(sortRows(rows, 'f0', false).map((r) => r.uscc)).toEqual(['Z', 'A', 'B']);
  });
});

describe('boardRowsSliced', () => {
  it('builds every row (roster included) in slices, reuses cached rows, and stops when cancelled', async () => {
    const items = [item('1', 'A'), item('2', 'B')];
    const cache = new Map();
    const sliced = await boardRowsSliced(batch, items, CLEAN_ANNUAL_TODAY, cache, () => false, 0);
    expect(sliced?.map((r) => [r.uscc, r.status])).toEqual([
      ['A', '可上报'],
      ['B', '可上报'],
      ['Z', '未报送'],
    ]);
    expect(cache.size).toBe(2);
    const again = await boardRowsSliced(batch, items, CLEAN_ANNUAL_TODAY, cache, () => true, 0);
    expect(again?.[0]).toBe(sliced?.[0]); // all cached: nothing to yield for, so not cancelled
    expect(
      await boardRowsSliced(
        batch,
        [item('3', 'C'), item('4', 'D')],
        CLEAN_ANNUAL_TODAY,
        new Map(),
        () => true,
        0,
      ),
    ).toBeUndefined();
  });
});

describe('board rows: scope, errors and the totals', () => {
  it('shows must-fix errors before 不在调查范围, and leaves out of the totals what is out of scope or sent back', async () => {
    const tiny = setCell(cleanAnnualReport(), 'T2.F11.thisYear', '400'); // consistent, below every threshold
    const blankF11 = setCell(cleanAnnualReport(), 'T2.F11.thisYear', undefined);
    const sentBack: BatchItemRow = { ...item('4', 'D'), review: { decision: 'returned', note: '请修改' } };
    const rows =
      (await boardRowsSliced(
        { ...batch, roster: [] },
        [item('1', 'A'), item('2', 'B', tiny), item('3', 'C', blankF11), sentBack],
        CLEAN_ANNUAL_TODAY,
        new Map(),
        () => false,
      )) ?? [];
    expect(rows.map((r) => [r.uscc, r.status, r.excluded])).toEqual([
      ['A', '可上报', undefined],
      ['B', '不在调查范围', '不在调查范围'],
      ['C', '有必改错误', undefined], // F11 blank: F-REQ, not hidden behind the scope; summed as shown
      ['D', '可上报', '退回'],
    ]);
  });
});

describe('asOfFile', () => {
  it('checks a collected return as of the day its file was made, in Shanghai', () => {
    expect(asOfFile({ exportedAt: '2021-03-10T18:30:00Z' }, '2026-11-29')).toBe('2021-03-11');
    expect(asOfFile({}, '2026-11-29')).toBe('2026-11-29');
    expect(asOfFile({ exportedAt: 'garbage' }, '2026-11-29')).toBe('2026-11-29');
  });

  it('so a return sent before the deadline is not reported late on the board years later', async () => {
    const onTime = item('9', 'Q', cleanAnnualReport(), '2021-03-10T02:00:00Z');
    const rows =
      (await boardRowsSliced({ ...batch, roster: [] }, [onTime], '2026-11-29', new Map(), () => false)) ?? [];
    expect(rows[0]?.findings.map((f) => f.ruleId)).not.toContain('A-LATE');
    expect(rows[0]?.late).toBe(false);
  });
});
