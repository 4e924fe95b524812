import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setCells, setExplanation } from './cells';
import { emptyReport } from './emptyReport';
import { serializeReport, toStoredForm } from './jsonForm';
import { expectBilingual } from '../testing/bilingual';
import type { RestoreOptions } from './restoreReport';
import { restoreReport as restoreMessages } from './restoreReport';

/** restoreReport with the Chinese of its notes or problems; each also has its English. */
function restoreReport(input: unknown, options?: RestoreOptions) {
  const result = restoreMessages(input, options);
  if (!result.ok) {
    expectBilingual(result.problems);
    return { ...result, problems: result.problems.map((p) => p.zh) };
  }
  expectBilingual(result.notes);
  return { ...result, notes: result.notes.map((n) => n.zh) };
}

const base = { format: 'softstat-report', formatVersion: 1, edition: '2020', kind: 'annual', period: '2020' };

function sample() {
  let r = setCells(emptyReport({ edition: '2020', kind: 'annual', period: '2020' }), [
    ['T1.B01.value', '91500103MA5U00000D'],
    ['T1.B03.value', '=重庆某某软件有限公司'],
    ['T1.B13.value', '否'],
    ['T2.F01.thisYear', '12,345.6'],
    ['T2.F01.lastYear', '11000'],
    ['T2.F04.thisYear', '-20.5'],
    ['T2.F03.thisYear', '十二'],
    ['T3.Y17.thisYear', '12'],
    ['T5.A09.thisYear', '3'],
  ]);
  r = setExplanation(r, 'T2-INSOLVENT@T2.F03.thisYear', '本年新增银行贷款用于研发中心建设。');
  return r;
}

describe('restoreReport', () => {
  it('round-trips a report through the JSON form exactly (values, raw invalid text, explanations)', () => {
    const r = sample();
    const back = restoreReport(
      JSON.parse(serializeReport(r, [], { exportedAt: '2021-03-01T10:00:00+08:00' })),
    );
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.notes).toEqual([]);
    for (const ref of Object.keys(r.cells)) {
      expect(back.report.cells[ref]?.value, ref).toEqual(r.cells[ref]?.value);
      expect(back.report.cells[ref]?.problem, ref).toEqual(r.cells[ref]?.problem);
    }
    expect(Object.keys(back.report.cells).sort()).toEqual(Object.keys(r.cells).sort());
    expect(back.report.explanations).toEqual(r.explanations);
    expect(back.report.cells['T2.F03.thisYear']?.raw).toBe('十二');
  });

  it('round-trips the stored form keeping the raw text exactly', () => {
    const r = sample();
    const back = restoreReport(structuredClone(toStoredForm(r)), { checksum: 'ignore' });
    expect(back).toEqual({ ok: true, report: r, notes: [] });
  });

  it('writes computed cells for readers and ignores them on import', () => {
    const r = setCells(emptyReport({ edition: '2020', kind: 'annual', period: '2020' }), [
      ['T3.Y02.thisYear', '5'],
    ]);
    const form = JSON.parse(serializeReport(r));
    expect(form.cells['T3.Y01.thisYear']).toBe('5');
    form.cells['T3.Y01.thisYear'] = '999';
    const back = restoreReport(form);
    expect(back.ok && back.report.cells['T3.Y01.thisYear']).toBeUndefined();
  });

  it('notes a changed file (checksum mismatch) and a missing checksum, but accepts them', () => {
    const form = JSON.parse(serializeReport(sample()));
    form.cells['T2.F01.thisYear'] = '1';
    const changed = restoreReport(form);
    expect(changed.ok && changed.notes).toContain('文件在导出后被修改过（校验码不一致）。');
    const { sha256: _s, ...noSum } = form;
    const missing = restoreReport(noSum);
    expect(missing.ok && missing.notes.join()).toMatch(/没有校验码/);
  });

  it('accepts JSON numbers and booleans in place of strings', () => {
    const back = restoreReport({
      ...base,
      cells: { 'T2.F01.thisYear': 1234.5, 'T1.B13.value': true, 'T3.Y17.thisYear': 1e21 },
    });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.report.cells['T2.F01.thisYear']).toEqual({ raw: '1234.5', value: 123450 });
    expect(back.report.cells['T1.B13.value']?.raw).toBe('是');
    expect(back.report.cells['T3.Y17.thisYear']?.problem).toBe('tooLarge');
  });

  it.each([
    ['null', null, /不是报表数据/],
    ['an array', [], /不是报表数据/],
    ['a string', 'softstat', /不是报表数据/],
    ['another format', { ...base, format: 'other' }, /不是本程序的报表格式/],
    ['a future formatVersion', { ...base, formatVersion: 2, cells: {} }, /高于本程序支持的版本/],
    ['a non-integer formatVersion', { ...base, formatVersion: '1', cells: {} }, /格式版本/],
    ['an unknown edition', { ...base, edition: '2035', cells: {} }, /未知的统计制度版本/],
    ['an unknown kind', { ...base, kind: 'weekly', cells: {} }, /报表类型/],
    ['a malformed annual period', { ...base, period: '20x0', cells: {} }, /报告期/],
    ['a malformed monthly period', { ...base, kind: 'monthly', period: '2021-13', cells: {} }, /报告期/],
    ['an annual period of another edition', { ...base, period: '2019', cells: {} }, /不属于统计制度/],
    [
      'a monthly period of another edition',
      { ...base, kind: 'monthly', period: '1999-05', cells: {} },
      /报告期 1999-05 不属于统计制度 2020/,
    ],
    ['missing cells', { ...base }, /cells/],
    ['cells as an array', { ...base, cells: [] }, /cells/],
    ['a 5,000-character cell', { ...base, cells: { 'T1.B03.value': 'x'.repeat(5000) } }, /超过上限/],
  ])('refuses %s with a Chinese message', (_name, input, message) => {
    const result = restoreReport(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(message);
  });

  it('reads a file with an unknown key nested thousands deep, noting that its checksum cannot be checked', () => {
    let deep: unknown = [];
    for (let i = 0; i < 5000; i++) deep = [deep];
    const result = restoreReport({
      ...base,
      cells: { 'T2.F01.thisYear': '1' },
      x: deep,
      sha256: '0'.repeat(64),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.cells['T2.F01.thisYear']?.raw).toBe('1');
    expect(result.notes.join('\n')).toContain('文件中“x”的内容嵌套层数过多，无法核对校验码。');
  });

  it('gives the export time only when the checksum holds: the data is as exported then', () => {
    const at = '2021-03-10T10:00:00+08:00';
    const form = JSON.parse(serializeReport(sample(), [], { exportedAt: at }));
    expect(restoreReport(form)).toMatchObject({ ok: true, exportedAt: at });
    const changed = { ...form, cells: { ...form.cells, 'T2.F01.thisYear': '1' } };
    expect(restoreReport(changed)).not.toHaveProperty('exportedAt');
    const { sha256: _s, ...unsigned } = form;
    expect(restoreReport(unsigned)).not.toHaveProperty('exportedAt');
    expect(restoreReport(form, { checksum: 'ignore' })).not.toHaveProperty('exportedAt');
  });

  it('is immune to __proto__ and constructor keys', () => {
    const hostile = JSON.parse(
      '{"format":"softstat-report","formatVersion":1,"edition":"2020","kind":"annual","period":"2020",' +
        '"__proto__":{"polluted":1},"cells":{"__proto__":{"polluted":1},"constructor":"x","T2.F01.thisYear":"1"},' +
        '"explanations":{"__proto__":"x","constructor":"y"},"status":"ready"}',
    );
    const result = restoreReport(hostile);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.report.cells)).toEqual(['T2.F01.thisYear']);
    expect(result.report.explanations).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.report.cells)).toBe(Object.prototype);
    expect(result.notes.join()).toMatch(/__proto__/);
  });

  it('lists unknown cells and keys in notes instead of dropping them silently', () => {
    const result = restoreReport({ ...base, cells: { 'T9.Z.thisYear': '1' }, extra: 1 });
    expect(result.ok && result.notes.join('\n')).toMatch(
      /T9\.Z\.thisYear[\s\S]*extra|extra[\s\S]*T9\.Z\.thisYear/,
    );
  });

  it('property: never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => restoreMessages(value)).not.toThrow();
        expect(() => restoreMessages({ ...base, cells: value })).not.toThrow();
        expect(() =>
          restoreMessages({ ...base, cells: {}, explanations: value, status: value }),
        ).not.toThrow();
      }),
    );
  });

  it('property: arbitrary cell text survives the JSON form', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
        (text) => {
          const r = setCells(emptyReport({ edition: '2020', kind: 'annual', period: '2020' }), [
            ['T2.F01.thisYear', text],
            ['T1.B03.value', text],
          ]);
          const back = restoreReport(JSON.parse(serializeReport(r)));
          expect(back.ok).toBe(true);
          if (!back.ok) return;
          expect(back.report.cells['T1.B03.value']?.raw).toBe(text);
          expect(back.report.cells['T2.F01.thisYear']?.value).toBe(r.cells['T2.F01.thisYear']?.value);
          expect(back.report.cells['T2.F01.thisYear']?.problem).toBe(r.cells['T2.F01.thisYear']?.problem);
        },
      ),
    );
  });
});

describe('serializeReport', () => {
  it('writes the JSON form of exchange.md with a checksum over the canonical JSON', async () => {
    const { canonicalJson, sha256Hex } = await import('../json/canonicalJson');
    const text = serializeReport(sample(), [], { exportedAt: '2021-03-01T10:00:00+08:00' });
    const form = JSON.parse(text);
    expect(form).toMatchObject({ ...base, status: 'draft', generator: { name: 'softstat-precheck' } });
    expect(form.cells['T2.F01.thisYear']).toBe('12345.6');
    expect(form.cells['T2.F04.thisYear']).toBe('-20.5');
    expect(form.cells['T1.B02.value']).toBe('MA5U00000');
    const { sha256, ...rest } = form;
    expect(sha256).toBe(sha256Hex(canonicalJson(rest)));
  });

  it('writes yes/no cells as 是/否 whatever was typed or pasted, other text as typed', () => {
    const r = setCells(emptyReport({ edition: '2020', kind: 'annual', period: '2020' }), [
      ['T1.B13.value', 'yes'],
      ['T1.B14.value', '0'],
      ['T1.B15.value', '有'],
    ]);
    const cells = JSON.parse(serializeReport(r, [])).cells;
    expect(cells['T1.B13.value']).toBe('是');
    expect(cells['T1.B14.value']).toBe('否');
    expect(cells['T1.B15.value']).toBe('有'); // not a yes/no: kept, so the problem survives
  });

  it('writes the credit code normalised (tables.md), whatever was typed', () => {
    const r = setCells(emptyReport({ edition: '2020', kind: 'annual', period: '2020' }), [
      ['T1.B01.value', ' 91500103-ma5u00000ｄ '],
    ]);
    expect(JSON.parse(serializeReport(r, [])).cells['T1.B01.value']).toBe('91500103MA5U00000D');
  });

  it('calls a return ready only when its findings allow it, validating when none are given', () => {
    const ready = { ...sample(), status: 'ready' as const };
    const statusOf = (findings?: Parameters<typeof serializeReport>[1]) =>
      JSON.parse(serializeReport(ready, findings)).status;
    expect(statusOf([])).toBe('ready');
    const error = { ruleId: 'T2-BALANCE', severity: 'error' as const, key: 'k', cells: [], message: 'm' };
    expect(statusOf([error])).toBe('draft');
    // Without findings it checks the return itself: this one has errors (F03 is not a number).
    const found = JSON.parse(serializeReport(ready)).findings as { severity: string }[];
    expect(found.some((f) => f.severity === 'error')).toBe(true);
    expect(statusOf()).toBe('draft');
  });
});
