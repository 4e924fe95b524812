// How a typed cell is read, per the indicator's kind: the one place raw text becomes a Cell.
import type { Indicator, NumericKind, ValueKind } from '../catalog/types';
import { parseNumber } from '../numbers/parseNumber';
import type { Cell } from './types';

const NUMERIC: ReadonlySet<ValueKind> = new Set(['amount', 'count', 'percent']);

export function isNumericKind(kind: ValueKind): kind is NumericKind {
  return NUMERIC.has(kind);
}

/** Accepted spellings of yes/no, normalised to the form's 是/否. */
const BOOL_TEXT: Readonly<Record<string, '是' | '否'>> = {
  是: '是',
  否: '否',
  y: '是',
  n: '否',
  yes: '是',
  no: '否',
  true: '是',
  false: '否',
  '1': '是',
  '0': '否',
};

/** 是/否 for a bool cell's raw text, or undefined when it is neither. */
export function readBool(raw: string | undefined): '是' | '否' | undefined {
  if (raw === undefined) return undefined;
  const key = raw.trim().toLowerCase();
  return Object.hasOwn(BOOL_TEXT, key) ? BOOL_TEXT[key] : undefined;
}

/** True when the text is blank (nothing but whitespace): a blank cell is "not reported". */
export function isBlank(raw: string | undefined): boolean {
  return raw === undefined || raw.replace(/[\s\u3000]/g, '') === '';
}

/** The stored form of a non-blank typed cell. */
export function makeCell(indicator: Indicator, raw: string): Cell {
  if (!isNumericKind(indicator.kind)) return { raw };
  const parsed = parseNumber(raw, indicator.kind);
  return parsed.ok ? { raw, value: parsed.value } : { raw, problem: parsed.problem };
}
