// Turns what a person typed into an exact integer. Money is never a float here: 1234.56 万元 is
// stored as 123456 (0.01 units), so sums and equalities are exact integer arithmetic.
import type { NumericKind } from '../catalog/types';
import type { NumberProblem } from '../report/types';

export type ParsedNumber = { ok: true; value: number } | { ok: false; problem: NumberProblem };

/** Decimals kept per kind: amounts to 0.01, percents to 0.1, counts whole. NEVER change: stored data depends on it. */
export const DECIMALS: Readonly<Record<NumericKind, number>> = { amount: 2, count: 0, percent: 1 };

/** Integer digits accepted before a value is refused as too large (keeps every value a safe integer). */
const MAX_INTEGER_DIGITS = 13;

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\uFF0B]/g;
const WHITESPACE = /[\s\u3000\u00A0]+/g;
const SHAPE = /^([+-]?)(\d*)(?:\.(\d*))?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;

/** Full-width digits and signs to ASCII, whitespace removed. */
export function normaliseNumberText(raw: string): string {
  return raw
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[−–]/g, '-')
    .replace(WHITESPACE, '');
}

/**
 * Parses typed input for a numeric kind. Accepts `1,234.5`, full-width `１２３４.５`, surrounding
 * spaces and a leading sign; refuses exponents, text and more decimals than the kind keeps (unless
 * the extra digits are zeros). The sign is not judged here: rule F-NEG does that per indicator.
 */
export function parseNumber(raw: string, kind: NumericKind): ParsedNumber {
  const text = normaliseNumberText(raw);
  const match = SHAPE.exec(text.includes(',') ? ungroup(text) : text);
  if (!match) return { ok: false, problem: 'notNumber' };
  const [, sign = '', intDigits = '', fracDigits = ''] = match;
  if (intDigits === '' && fracDigits === '') return { ok: false, problem: 'notNumber' };
  const decimals = DECIMALS[kind];
  const significantFrac = fracDigits.replace(/0+$/, '');
  if (significantFrac.length > decimals) {
    return { ok: false, problem: kind === 'count' ? 'notInteger' : 'tooManyDecimals' };
  }
  const intPart = intDigits.replace(/^0+(?=\d)/, '');
  if (intPart.length > MAX_INTEGER_DIGITS) return { ok: false, problem: 'tooLarge' };
  const scaled = Number((intPart || '0') + significantFrac.padEnd(decimals, '0'));
  return { ok: true, value: sign === '-' && scaled !== 0 ? -scaled : scaled };
}

/** Removes thousands separators, but only where they group the integer part correctly. */
function ungroup(text: string): string {
  const m = /^([+-]?)([\d,]*)(\.\d*)?$/.exec(text);
  if (!m) return text;
  const [, sign = '', grouped = '', frac = ''] = m;
  return GROUPED.test(grouped) ? sign + grouped.replace(/,/g, '') + frac : text;
}
