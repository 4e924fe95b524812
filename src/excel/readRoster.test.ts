import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { expectBilingual } from '../core/testing/bilingual';
import type { RosterResult } from './readRoster';
import { readRoster } from './readRoster';

const enc = (s: string) => new TextEncoder().encode(s);

/** The result with the Chinese of its notes or problems (each has its English too). */
function inChinese(r: RosterResult) {
  if (!r.ok) {
    expectBilingual(r.problems);
    return { ...r, problems: r.problems.map((p) => p.zh) };
  }
  expectBilingual(r.notes);
  return { ...r, notes: r.notes.map((n) => n.zh) };
}

describe('readRoster', () => {
  it('reads a CSV by header text, normalising codes and skipping duplicates', () => {
    const csv =
      '序号,单位名称,统一社会信用代码,管理单元\n1,甲公司,91500103ma5u00000d,500103\n2,乙公司,,500104\n3,丙公司,91500103MA5U00000D,\n';
    const r = readRoster('名录.csv', enc(csv));
    expect(inChinese(r)).toEqual({
      ok: true,
      roster: [{ uscc: '91500103MA5U00000D', name: '甲公司', reviewUnit: '500103' }],
      notes: [
        '第 3 行没有统一社会信用代码，已跳过。',
        '第 4 行的统一社会信用代码 91500103MA5U00000D 重复，已跳过。',
      ],
    });
  });

  it('reads an XLSX with a title row above the header', () => {
    const ws = utils.aoa_to_sheet([
      ['2020 年应报企业名录'],
      ['代码', '名称'],
      ['91500000000000000X', '丁公司'],
    ]);
    const wb = utils.book_new();
    utils.book_append_sheet(wb, ws, '名录');
    const bytes = write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
    expect(readRoster('a.xlsx', new Uint8Array(bytes))).toMatchObject({
      ok: true,
      roster: [{ uscc: '91500000000000000X', name: '丁公司' }],
    });
  });

  it('takes the row with both columns as the header, and 管理单元 before a 区划代码 column', () => {
    const csv = [
      '2020年应报企业名录（统一社会信用代码）',
      '区划代码,统一社会信用代码,单位名称,管理单元',
      '500103,91500000000000000X,丁公司,渝中区',
    ].join('\n');
    expect(readRoster('a.csv', enc(csv))).toMatchObject({
      ok: true,
      roster: [{ uscc: '91500000000000000X', name: '丁公司', reviewUnit: '渝中区' }],
    });
  });

  it('refuses a file without the columns, naming what is missing', () => {
    expect(inChinese(readRoster('x.csv', enc('a,b\n1,2\n')))).toEqual({
      ok: false,
      problems: ['名录“x.csv”中找不到表头“统一社会信用代码”（或“代码”）列。'],
    });
  });
});

describe('readRoster encodings', () => {
  it('refuses a roster of more than 2,000 rows instead of cutting it short, and reads one of 2,000', () => {
    const csv = (n: number) =>
      [
        '统一社会信用代码,企业名称',
        ...Array.from({ length: n }, (_, i) => `91500103MA5U${String(i).padStart(5, '0')}X,企业${i}`),
      ].join('\n');
    const long = inChinese(readRoster('名录.csv', enc(csv(2001))));
    expect(long).toEqual({
      ok: false,
      problems: ['名录“名录.csv”超过 2000 行，无法读取。请分成几个文件后再导入。'],
    });
    const atLimit = readRoster('名录.csv', enc(csv(2000)));
    expect(atLimit.ok).toBe(true);
  });

  it('reads a CSV saved by Excel in GB18030', () => {
    // "代码,名称\r\n91500000000000000X,戊公司" in GB18030
    const gb = new Uint8Array([
      0xb4,
      0xfa,
      0xc2,
      0xeb,
      0x2c,
      0xc3,
      0xfb,
      0xb3,
      0xc6,
      0x0d,
      0x0a,
      ...new TextEncoder().encode('91500000000000000X,'),
      0xce,
      0xec,
      0xb9,
      0xab,
      0xcb,
      0xbe,
    ]);
    expect(readRoster('gb.csv', gb)).toMatchObject({
      ok: true,
      roster: [{ uscc: '91500000000000000X', name: '戊公司' }],
    });
  });
});
