import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatGrouped, toPlainDecimal } from './formatNumber';
import { parseNumber } from './parseNumber';

const toFullWidth = (s: string) =>
  s.replace(/[0-9.,\-+]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/** Any stored amount a person could type: up to 13 integer digits, 2 decimals. */
const amount = fc.integer({ min: -999_999_999_999_99, max: 999_999_999_999_99 });

describe('parseNumber', () => {
  it.each([
    ['1234.56', 123456],
    ['1,234.5', 123450],
    ['１２３４.５', 123450],
    ['  12 ', 1200],
    ['-0.5', -50],
    ['+7', 700],
    ['.5', 50],
    ['5.', 500],
    ['0', 0],
    ['-0', 0],
    ['1.2300', 123],
    ['1 234 567', 123456700],
    ['１，２３４．５６', 123456],
    ['\u30001234\u3000', 123400],
  ])('amount %j → %d', (raw, value) => {
    expect(parseNumber(raw, 'amount')).toEqual({ ok: true, value });
  });

  it.each([
    ['abc', 'notNumber'],
    ['', 'notNumber'],
    ['.', 'notNumber'],
    ['1e5', 'notNumber'],
    ['12万', 'notNumber'],
    ['1,23.5', 'notNumber'],
    ['1.2.3', 'notNumber'],
    ['--1', 'notNumber'],
    ['1.234', 'tooManyDecimals'],
    ['12345678901234', 'tooLarge'],
  ])('amount %j is refused as %s', (raw, problem) => {
    expect(parseNumber(raw, 'amount')).toEqual({ ok: false, problem });
  });

  it('reads counts as whole numbers and percents to 0.1', () => {
    expect(parseNumber('12', 'count')).toEqual({ ok: true, value: 12 });
    expect(parseNumber('12.0', 'count')).toEqual({ ok: true, value: 12 });
    expect(parseNumber('12.5', 'count')).toEqual({ ok: false, problem: 'notInteger' });
    expect(parseNumber('-3.5', 'percent')).toEqual({ ok: true, value: -35 });
    expect(parseNumber('3.55', 'percent')).toEqual({ ok: false, problem: 'tooManyDecimals' });
  });

  it('property: plain decimal text parses back to the same exact integer', () => {
    fc.assert(
      fc.property(amount, (v) => {
        expect(parseNumber(toPlainDecimal(v, 'amount'), 'amount')).toEqual({ ok: true, value: v });
      }),
    );
  });

  it('property: thousands separators, full-width digits and spaces do not change the value', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('', ' ', '\u3000', '\t'), (v, pad) => {
        const grouped = formatGrouped(v, 'amount');
        expect(parseNumber(pad + grouped + pad, 'amount')).toEqual({ ok: true, value: v });
        expect(parseNumber(toFullWidth(grouped), 'amount')).toEqual({ ok: true, value: v });
      }),
    );
  });

  it('property: sums of parsed values are exact (no float drift)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 99_999_999 }), { maxLength: 50 }), (cents) => {
        const texts = cents.map((c) => toPlainDecimal(c, 'amount'));
        const sum = texts.reduce((acc, t) => {
          const p = parseNumber(t, 'amount');
          return acc + (p.ok ? p.value : NaN);
        }, 0);
        expect(sum).toBe(cents.reduce((a, b) => a + b, 0));
        expect(Number.isSafeInteger(sum)).toBe(true);
      }),
    );
  });

  it('property: any text never throws and gives either a safe integer or a problem', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.constantFrom('amount', 'count', 'percent') as fc.Arbitrary<'amount' | 'count' | 'percent'>,
        (text, kind) => {
          const p = parseNumber(text, kind);
          if (p.ok) expect(Number.isSafeInteger(p.value)).toBe(true);
          else expect(['notNumber', 'tooManyDecimals', 'notInteger', 'tooLarge']).toContain(p.problem);
        },
      ),
    );
  });
});

describe('formatting', () => {
  it('writes plain decimals without separators or exponent', () => {
    expect(toPlainDecimal(123456, 'amount')).toBe('1234.56');
    expect(toPlainDecimal(1234500, 'amount')).toBe('12345');
    expect(toPlainDecimal(-5, 'amount')).toBe('-0.05');
    expect(toPlainDecimal(99_999_999_999_999, 'amount')).toBe('999999999999.99');
    expect(toPlainDecimal(-35, 'percent')).toBe('-3.5');
  });

  it('groups thousands with fixed decimals (千分位)', () => {
    expect(formatGrouped(123456789, 'amount')).toBe('1,234,567.89');
    expect(formatGrouped(0, 'amount')).toBe('0.00');
    expect(formatGrouped(-100000, 'amount')).toBe('-1,000.00');
    expect(formatGrouped(1234, 'count')).toBe('1,234');
  });
});
