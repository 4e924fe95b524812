import { describe, expect, it } from 'vitest';
import { cleanAnnualReport } from '../../core/rules/testing/sampleReports';
import { setCell, storedMessage, toStoredForm } from '../../core';
import { expectBilingual } from '../../core/testing/bilingual';
import type { BatchItemRow } from '../../storage';
import { itemOf, parseAll, planIntake } from './intake';

const batch = { edition: '2020', kind: 'annual', period: '2020' } as const;
const ok = (uscc: string, fileName: string, exportedAt: string) => ({
  uscc,
  fileName,
  status: 'ok' as const,
  exportedAt,
});

describe('parseAll', () => {
  it('keeps order, limits concurrency, counts failures and stops on abort', async () => {
    let inFlight = 0;
    let peak = 0;
    const files = Array.from({ length: 7 }, (_, i) => ({ name: `f${i}`, lastModified: i }));
    const controller = new AbortController();
    const progress: number[] = [];
    const results = await parseAll(
      files,
      async (f) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        if (f.name === 'f4') controller.abort();
        if (f.name === 'f1') throw new Error('坏文件');
        return { ok: false, problems: [{ zh: 'x', en: 'x' }] };
      },
      { concurrency: 2, signal: controller.signal, onProgress: (p) => progress.push(p.done) },
    );
    expect(peak).toBe(2);
    expect(results.map((r) => r.fileName)).toEqual(['f0', 'f1', 'f2', 'f3', 'f4', 'f5']);
    expect(results[1]?.outcome).toEqual({ ok: false, problems: [{ zh: '坏文件', en: '坏文件' }] });
    expect(progress.at(-1)).toBe(6);
  });
});

describe('itemOf', () => {
  it('takes a return of the batch period, refuses another period or a missing credit code', () => {
    const report = cleanAnnualReport();
    const file = (r = report) => ({
      fileName: 'a.xlsx',
      lastModified: 0,
      outcome: { ok: true as const, format: 'xlsx' as const, report: r, notes: [], findings: [] },
    });
    expect(itemOf(batch, file())).toMatchObject({
      status: 'ok',
      uscc: '91500103MA5U00000D',
      data: toStoredForm(report),
    });
    const otherPeriod = itemOf({ ...batch, kind: 'monthly', period: '2021-03' }, file()).problems ?? [];
    expect(otherPeriod[0]).toMatchObject({
      zh: expect.stringContaining('（2020 版统计制度），本批次收的是 2021-03 月报。'),
    });
    const noCode = itemOf(batch, file(setCell(report, 'T1.B01.value', undefined))).problems ?? [];
    expect(noCode[0]).toMatchObject({ zh: expect.stringContaining('没有统一社会信用代码') });
    expectBilingual([...otherPeriod, ...noCode].map(storedMessage));
    // Dated by the export time in the file when it has one (a download changes the date on disk).
    const exported = { ...file(), lastModified: Date.parse('2021-04-02T00:00:00Z') };
    expect(itemOf(batch, exported).exportedAt).toBe('2021-04-02T00:00:00.000Z');
    const withTime = {
      ...exported,
      outcome: { ...exported.outcome, exportedAt: '2021-03-01T10:00:00+08:00' },
    };
    expect(itemOf(batch, withTime).exportedAt).toBe('2021-03-01T02:00:00.000Z');
    // A unit's batch refuses a return of another review unit; 全部 takes any; a blank B06 is left to F-REQ.
    const unitBatch = { ...batch, reviewUnit: '500103' };
    const elsewhere = itemOf(unitBatch, file(setCell(report, 'T1.B06.value', '500105'))).problems ?? [];
    expect(elsewhere[0]).toMatchObject({
      zh: expect.stringMatching(/^文件的管理单元（B06）是 500105（.+），本批次收的是 500103（.+）的报表。$/),
    });
    expect(itemOf(unitBatch, file(setCell(report, 'T1.B06.value', '500103'))).status).toBe('ok');
    expect(
      itemOf({ ...batch, reviewUnit: 'all' }, file(setCell(report, 'T1.B06.value', '500105'))).status,
    ).toBe('ok');
    expect(itemOf(unitBatch, file(setCell(report, 'T1.B06.value', undefined))).status).toBe('ok');
    expectBilingual(elsewhere.map(storedMessage));
    const bad = { zh: '坏', en: 'bad' };
    expect(
      itemOf(batch, { fileName: 'x', lastModified: 0, outcome: { ok: false, problems: [bad] } }),
    ).toMatchObject({ status: 'failed', problems: [bad] });
  });
});

describe('planIntake', () => {
  const existing: BatchItemRow[] = [
    {
      id: 'old-A',
      batchId: 'b',
      uscc: 'A',
      fileName: 'A-old.xlsx',
      importedAt: 'x',
      status: 'ok',
      exportedAt: '2021-03-01',
      review: { decision: 'pending', note: '' },
    },
  ];
  const incoming = [
    ok('A', 'A-new.xlsx', '2021-03-05'),
    ok('B', 'B1.xlsx', '2021-03-01'),
    ok('B', 'B2.xlsx', '2021-02-01'),
    { uscc: '', fileName: 'bad', status: 'failed' as const, problems: ['坏'] },
  ];

  it('keeps the newer file of each enterprise', () => {
    const plan = planIntake(incoming, existing, 'newer');
    expect(plan.add.map((i) => i.fileName).sort()).toEqual(['A-new.xlsx', 'B1.xlsx', 'bad']);
    expect(plan.replace).toEqual(['old-A']);
    expect(plan.duplicates.sort()).toEqual(['A', 'B']);
    expect(plan.skipped).toEqual([
      { fileName: 'A-old.xlsx', kept: 'A-new.xlsx' },
      { fileName: 'B2.xlsx', kept: 'B1.xlsx' },
    ]);
  });

  it('keeps the older file, or skips incoming duplicates', () => {
    const older = planIntake(incoming, existing, 'older');
    expect(older.add.map((i) => i.fileName).sort()).toEqual(['B2.xlsx', 'bad']);
    expect(older.replace).toEqual([]);
    const skip = planIntake(incoming, existing, 'skip');
    expect(skip.add.map((i) => i.fileName).sort()).toEqual(['B1.xlsx', 'bad']);
    expect(skip.replace).toEqual([]);
  });
});
