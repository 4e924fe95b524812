// Number formatting for messages: amounts with unit and 2 decimals, counts whole. Messages name
// every indicator by name and code, so an enterprise can act without the manual. Every Chinese
// helper has an English twin (…En) for `Finding.messageEn`.
import type { ColumnId, Indicator, Unit } from '../catalog/types';
import { formatGrouped } from '../numbers/formatNumber';
import { isNumericKind } from '../report/cellParsing';
import type { RuleEnv } from './context';
import { cellLabel, defOf } from './context';

/** "12,345.00" for a stored integer of the cell's kind (no unit). */
export function showNumber(env: RuleEnv, ref: string, value: number): string {
  const { indicator } = defOf(env, ref);
  return formatGrouped(value, isNumericKind(indicator.kind) ? indicator.kind : 'amount');
}

/** "12,345.00 万元" for a stored integer of the cell's kind. */
export function showValue(env: RuleEnv, ref: string, value: number): string {
  return `${showNumber(env, ref, value)} ${defOf(env, ref).indicator.unit}`.trim();
}

/** "资产总计（F01）本年 12,345.00 万元" */
export function labelled(env: RuleEnv, ref: string): string {
  return `${cellLabel(env, ref)} ${showValue(env, ref, env.values.num(ref))}`;
}

/** "资产总计（F01）" — name and code without the column. */
export function nameOf(env: RuleEnv, ref: string): string {
  const { indicator } = defOf(env, ref);
  return `${indicator.name}（${indicator.code}）`;
}

/** The unit of a cell ("万元", "人" …). */
export function unitOf(env: RuleEnv, ref: string): Unit {
  return defOf(env, ref).indicator.unit;
}

/** A percentage with one decimal: 0.5 → "50.0%". */
export function percentText(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

/** A term of a sum: a cell and its sign. */
export interface Term {
  readonly ref: string;
  readonly sign: 1 | -1;
}

/** Sum of signed terms, exact on stored integers. */
export function sumOf(env: RuleEnv, terms: readonly Term[]): number {
  let total = 0;
  for (const t of terms) total += t.sign * env.values.num(t.ref);
  return total;
}

/**
 * "负债合计（F03）6,000.00 + 所有者权益合计（F04）6,000.00 = 12,000.00" — the terms of a sum with
 * their values (negatives in brackets) and the total; a single term is just "name value".
 */
export function sumText(env: RuleEnv, terms: readonly Term[]): string {
  const parts = terms.map((t, i) => {
    const value = env.values.num(t.ref);
    const shown = value < 0 ? `(${showNumber(env, t.ref, value)})` : showNumber(env, t.ref, value);
    const op = i === 0 ? (t.sign < 0 ? '− ' : '') : t.sign < 0 ? ' − ' : ' + ';
    return `${op}${nameOf(env, t.ref)}${shown}`;
  });
  const first = terms[0];
  if (terms.length === 1 && first?.sign === 1) return parts.join('');
  return `${parts.join('')} = ${first ? showNumber(env, first.ref, sumOf(env, terms)) : '0'}`;
}

// English twins (Finding.messageEn). Indicator names stay Chinese, followed by the code and the
// catalog's English gloss: "资产总计 (F01, Total assets)". Numbers are formatted exactly as in the
// Chinese message. The Chinese money units stay, glossed once per message: `unitEn` marks them and
// `glossUnits` (called by `finding`) writes "万元 (10k yuan)" at the first mention, "万元" after.

/** A text in both languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** How the columns are named in English messages (the UI's column headers, lower case). */
export const columnLabelsEn: Readonly<Record<ColumnId, string>> = {
  value: '',
  thisYear: 'this year',
  lastYear: 'same period last year',
  ytd: 'year to date',
  ytdLastYear: 'year to date, last year',
  ytdPreviousMonth: 'year to date, previous month',
};

const UNIT_GLOSS: Readonly<Record<string, string>> = { 万元: '10k yuan', 万美元: '10k USD' };
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARKED_UNIT = /\uE000([^\uE001]*)\uE001/g;

/**
 * A unit in English text: 万元 and 万美元 stay Chinese (marked, so `glossUnits` adds the gloss at
 * the first mention), 人 → "persons", 件 → "items", % stays. `one` picks the singular.
 */
export function unitEn(unit: Unit, one = false): string {
  switch (unit) {
    case '万元':
    case '万美元':
      return `${MARK_OPEN}${unit}${MARK_CLOSE}`;
    case '人':
      return one ? 'person' : 'persons';
    case '件':
      return one ? 'item' : 'items';
    default:
      return unit;
  }
}

/** Resolves the units marked by `unitEn`: the first mention of each with its gloss, later ones bare. */
export function glossUnits(text: string): string {
  if (!text.includes(MARK_OPEN)) return text;
  const seen = new Set<string>();
  return text.replace(MARKED_UNIT, (_, unit: string) => {
    const gloss = UNIT_GLOSS[unit];
    if (seen.has(unit) || gloss === undefined) return unit;
    seen.add(unit);
    return `${unit} (${gloss})`;
  });
}

// Catalog rows are fixed: each gloss is worked out once, not on every finding of every keystroke.
const glosses = new WeakMap<Indicator, string>();

/** The catalog's English name as a gloss: without "of which:" or "I." prefixes, capitalised. */
export function glossOf(indicator: Indicator): string {
  const known = glosses.get(indicator);
  if (known !== undefined) return known;
  const plain = indicator.nameEn.replace(/^of which:\s*/i, '').replace(/^[IVX]+\.\s+/, '');
  const gloss = plain.charAt(0).toUpperCase() + plain.slice(1);
  glosses.set(indicator, gloss);
  return gloss;
}

/** "资产总计 (F01, Total assets)" for an indicator. */
export function indicatorEn(indicator: Indicator): string {
  return `${indicator.name} (${indicator.code}, ${glossOf(indicator)})`;
}

/** "资产总计 (F01, Total assets)" — name, code and gloss without the column. */
export function nameOfEn(env: RuleEnv, ref: string): string {
  return indicatorEn(defOf(env, ref).indicator);
}

/** "资产总计 (F01, Total assets) this year" — a cell with its column (none for T1 fields). */
export function cellLabelEn(env: RuleEnv, ref: string): string {
  const def = defOf(env, ref);
  const column = columnLabelsEn[def.column];
  return column === '' ? indicatorEn(def.indicator) : `${indicatorEn(def.indicator)} ${column}`;
}

/**
 * A T1 field by code, "行业代码 (B09, Industry code (GB/T 4754-2017))", also when this return's
 * layout lacks it (looked up in the edition's tables; the bare code as a last resort).
 */
export function fieldNameEn(env: RuleEnv, code: string): string {
  const def = env.layout.byRef.get(`T1.${code}.value`);
  if (def) return indicatorEn(def.indicator);
  for (const tables of Object.values(env.edition.tables))
    for (const table of tables) {
      const row = table.id === 'T1' ? table.rows.find((r) => r.code === code) : undefined;
      if (row) return indicatorEn(row);
    }
  return code;
}

/** "12,345.00 万元" (unit marked for its gloss), "110 persons". */
export function showValueEn(env: RuleEnv, ref: string, value: number): string {
  const shown = showNumber(env, ref, value);
  return `${shown} ${unitEn(defOf(env, ref).indicator.unit, shown === '1')}`.trim();
}

/** "资产总计 (F01, Total assets) this year 12,345.00 万元" */
export function labelledEn(env: RuleEnv, ref: string): string {
  return `${cellLabelEn(env, ref)} ${showValueEn(env, ref, env.values.num(ref))}`;
}

/** `sumText` in English: "负债合计 (F03, Total liabilities) 6,000.00 + … = 12,000.00". */
export function sumTextEn(env: RuleEnv, terms: readonly Term[]): string {
  const parts = terms.map((t, i) => {
    const value = env.values.num(t.ref);
    const shown = value < 0 ? `(${showNumber(env, t.ref, value)})` : showNumber(env, t.ref, value);
    const op = i === 0 ? (t.sign < 0 ? '− ' : '') : t.sign < 0 ? ' − ' : ' + ';
    return `${op}${nameOfEn(env, t.ref)} ${shown}`;
  });
  const first = terms[0];
  if (terms.length === 1 && first?.sign === 1) return parts.join('');
  return `${parts.join('')} = ${first ? showNumber(env, first.ref, sumOf(env, terms)) : '0'}`;
}
