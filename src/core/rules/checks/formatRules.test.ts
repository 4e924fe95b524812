import { describe, expect, it } from 'vitest';
import { setCells } from '../../index';
import { annualWith, keysOf } from '../testing/ruleCases';
import { cleanMonthlyReport } from '../testing/sampleReports';

const fires = (rule: string, code: string, text: string | undefined): boolean =>
  keysOf(annualWith([[`T1.${code}.value`, text]]), rule).length > 0;

describe('B-FOUNDED', () => {
  it('needs a valid YYYY-MM not after the end of the report period', () => {
    for (const bad of ['2015-13', '2015-6', '15-06', '2015年6月', '0201-06', '2021-01'])
      expect(fires('B-FOUNDED', 'B11', bad), bad).toBe(true);
    for (const good of ['2015-06', '2020-12', '1995-01', undefined])
      expect(fires('B-FOUNDED', 'B11', good)).toBe(false);
  });
});

describe('B-PHONE', () => {
  it('accepts a mobile or a landline number', () => {
    for (const good of ['13812345678', '023-63896259', '02363896259', '0851-8888888', ' 138 1234 5678 '])
      expect(fires('B-PHONE', 'B23', good), good).toBe(false);
    for (const bad of ['12812345678', '1381234567', '63896259', '023-638962', '电话 13812345678'])
      expect(fires('B-PHONE', 'B23', bad), bad).toBe(true);
  });

  it('runs on monthly returns too', () => {
    expect(keysOf(setCells(cleanMonthlyReport(2), [['T1.B23.value', '123']]), 'B-PHONE')).toEqual([
      'B-PHONE@T1.B23.value',
    ]);
  });
});

describe('B-EMAIL', () => {
  it('checks an e-mail address when one is given', () => {
    for (const good of ['a@b.cn', 'tongji.office@example.com.cn', undefined])
      expect(fires('B-EMAIL', 'B24', good)).toBe(false);
    for (const bad of ['a@b', 'ab.cn', 'a b@c.cn', 'a@@b.cn', 'a@b.'])
      expect(fires('B-EMAIL', 'B24', bad), bad).toBe(true);
  });
});

describe('B-POSTCODE', () => {
  it('needs 6 digits when given', () => {
    expect(fires('B-POSTCODE', 'B25', '400010')).toBe(false);
    expect(fires('B-POSTCODE', 'B25', undefined)).toBe(false);
    for (const bad of ['40001', '4000100', '40001a']) expect(fires('B-POSTCODE', 'B25', bad)).toBe(true);
  });
});

describe('B-DATE', () => {
  it('needs a real calendar date YYYY-MM-DD', () => {
    for (const good of ['2021-03-01', '2020-02-29']) expect(fires('B-DATE', 'B26', good)).toBe(false);
    for (const bad of ['2021-02-29', '2021-3-1', '2021/03/01', '2021-13-01', '0021-03-01'])
      expect(fires('B-DATE', 'B26', bad), bad).toBe(true);
  });
});
