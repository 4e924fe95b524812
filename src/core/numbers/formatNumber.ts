// Formats exact integers (parseNumber's scale) for people and for files.
import type { NumericKind } from '../catalog/types';
import { DECIMALS } from './parseNumber';

function split(value: number, kind: NumericKind): { sign: string; int: string; frac: string } {
  const decimals = DECIMALS[kind];
  const digits = Math.abs(value)
    .toString()
    .padStart(decimals + 1, '0');
  const cut = digits.length - decimals;
  return { sign: value < 0 ? '-' : '', int: digits.slice(0, cut), frac: digits.slice(cut) };
}

/** Plain decimal without separators or exponent, trailing zeros dropped: 123456 amount → "1234.56", 1234500 → "12345". */
export function toPlainDecimal(value: number, kind: NumericKind): string {
  const { sign, int, frac } = split(value, kind);
  const trimmed = frac.replace(/0+$/, '');
  return sign + int + (trimmed ? `.${trimmed}` : '');
}

/** With thousands separators and the kind's fixed decimals (千分位): 123456 amount → "1,234.56". */
export function formatGrouped(value: number, kind: NumericKind): string {
  const { sign, int, frac } = split(value, kind);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (frac ? `.${frac}` : '');
}

/** The value in display units as a JS number (万元, 人 …): for charts and file cells, never for sums. */
export function toDisplayNumber(value: number, kind: NumericKind): number {
  return value / 10 ** DECIMALS[kind];
}

/** Scale factor of a kind: display value × scale = stored integer. */
export function scaleOf(kind: NumericKind): number {
  return 10 ** DECIMALS[kind];
}
