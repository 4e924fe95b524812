// One SheetJS cell → the raw text core parses (exchange.md, "Reading an XLSX"). A numeric cell is
// taken as its value, rounded to the kind's decimals only when the difference is float noise; a
// text cell is kept as typed (core parses full-width digits and `1,234.5`); a formula cell gives
// its cached value, and one without a cached value is reported, never evaluated.
import type { CellObject } from '@e965/xlsx';
import type { Indicator } from '../core';
import { DECIMALS, isNumericKind } from '../core';
import { MAX_CELL_TEXT } from './limits';

export type CellRead =
  | { kind: 'blank' }
  | { kind: 'text'; raw: string }
  | { kind: 'uncachedFormula' }
  | { kind: 'tooLong'; length: number };

/** A finite number as plain decimal text, never with an exponent: 1e-7 → "0.0000001". */
export function plainNumberText(n: number): string {
  if (Object.is(n, -0)) return '0';
  const text = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign = '', lead = '', rest = '', exp = '0'] = m;
  const digits = lead + rest;
  const point = 1 + Number(exp); // position of the decimal point within digits
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * A number for a numeric kind: exact when it has no more decimals than the kind keeps; rounded
 * when the rest is float noise (below 1e-9, or a few units in the last place for big values);
 * otherwise the full value, so that rule F-DEC reports it.
 */
export function numberForKind(v: number, decimals: number): string {
  const text = plainNumberText(v);
  const frac = text.split('.')[1] ?? '';
  if (frac.length <= decimals) return text;
  const scale = 10 ** decimals;
  const rounded = Math.round(v * scale) / scale;
  const noise = Math.max(1e-9, Math.abs(v) * 4 * Number.EPSILON);
  return Math.abs(v - rounded) < noise ? plainNumberText(rounded) : text;
}

/** An Excel date serial → [year, month, day] (1900 or 1904 date system). */
function serialToDate(serial: number, date1904: boolean): [number, number, number] | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  // Serial 60 is Excel's phantom 1900-02-29; days after it are one too many.
  const days = Math.floor(serial) + (date1904 ? 1462 : 0) - (serial >= 61 || date1904 ? 1 : 0);
  const d = new Date(Date.UTC(1899, 11, 31) + days * 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A number in a text-like field: a date serial for date/month fields, else its digits. */
function numberAsText(
  v: number,
  indicator: Indicator,
  format: string | undefined,
  date1904: boolean,
): string {
  if (indicator.kind === 'date' || indicator.kind === 'month') {
    const ymd = serialToDate(v, date1904);
    if (ymd) {
      const [y, m, d] = ymd;
      return indicator.kind === 'date' ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`;
    }
  }
  const text = plainNumberText(v);
  // A code stored as a number with a zero-padding format ("000000") keeps its leading zeros.
  if (format && /^0+$/.test(format) && /^\d+$/.test(text)) return text.padStart(format.length, '0');
  return text;
}

/** Excel error values by SheetJS code. */
const ERRORS: Readonly<Record<number, string>> = {
  0: '#NULL!',
  7: '#DIV/0!',
  15: '#VALUE!',
  23: '#REF!',
  29: '#NAME?',
  36: '#NUM!',
  42: '#N/A',
  43: '#GETTING_DATA',
};

/** The raw text of a value cell for an indicator. */
export function readValueCell(
  cell: CellObject | undefined,
  indicator: Indicator,
  date1904: boolean,
): CellRead {
  if (!cell) return { kind: 'blank' };
  // With cellFormula + sheetStubs, a formula saved without its result is a stub that has `f`.
  if (cell.t === 'z') return cell.f !== undefined ? { kind: 'uncachedFormula' } : { kind: 'blank' };
  let raw: string;
  switch (cell.t) {
    case 'n': {
      const v = Number(cell.v);
      raw = isNumericKind(indicator.kind)
        ? numberForKind(v, DECIMALS[indicator.kind])
        : numberAsText(v, indicator, typeof cell.z === 'string' ? cell.z : undefined, date1904);
      break;
    }
    case 'b':
      raw = cell.v ? (indicator.kind === 'bool' ? '是' : 'TRUE') : indicator.kind === 'bool' ? '否' : 'FALSE';
      break;
    case 'e':
      raw = ERRORS[Number(cell.v)] ?? '#错误';
      break;
    case 's':
      if (cell.v === '' && cell.f !== undefined) return { kind: 'uncachedFormula' };
      raw = String(cell.v ?? '');
      break;
    default:
      raw = String(cell.v ?? '');
  }
  if (raw.length > MAX_CELL_TEXT) return { kind: 'tooLong', length: raw.length };
  return raw.replace(/[\s\u3000]/g, '') === '' ? { kind: 'blank' } : { kind: 'text', raw };
}

/** A cell as plain text for headers, codes and labels (numbers as digits, 2010 → "2010"). */
export function cellText(cell: CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.t === 'z' || cell.t === 'e') return '';
  if (cell.t === 'n') return plainNumberText(Number(cell.v));
  return String(cell.v);
}
