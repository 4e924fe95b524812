// Building blocks of the same-column rules (rules.md, Columns): which columns a relation runs on,
// exact equalities and "parts may not exceed the whole", with messages (Chinese and English) that
// show both sides and the difference. References are built once at module load, so a check does no
// string work on a clean return.
import { columnLabels } from '../catalog/layout';
import type { ColumnId, RuleDef, TableId } from '../catalog/types';
import type { RuleEnv } from './context';
import type { Finding } from './finding';
import { finding } from './finding';
import type { Bilingual, Term } from './messages';
import {
  columnLabelsEn,
  labelled,
  labelledEn,
  showValue,
  showValueEn,
  sumText,
  sumTextEn,
  unitEn,
  unitOf,
} from './messages';

/** One indicator's reference in every column. */
export type Cells = Readonly<Record<ColumnId, string>>;

const COLUMNS: readonly ColumnId[] = [
  'value',
  'thisYear',
  'lastYear',
  'ytd',
  'ytdLastYear',
  'ytdPreviousMonth',
];

/** The references of `TABLE.CODE` in every column (build once, at module level). */
export function cellsOf(table: TableId, code: string): Cells {
  const out = {} as Record<ColumnId, string>;
  for (const column of COLUMNS) out[column] = `${table}.${code}.${column}`;
  return out;
}

/** Cells of many codes of one table, keyed by code: `const T2 = cellsOfTable('T2', ['F01', …])`. */
export function cellsOfTable<C extends string>(
  table: TableId,
  codes: readonly C[],
): Readonly<Record<C, Cells>> {
  const out = {} as Record<C, Cells>;
  for (const code of codes) out[code] = cellsOf(table, code);
  return out;
}

/** A numeric parameter of a rule. A missing one is a bug in the edition data, so it throws. */
export function param(rule: RuleDef, name: string): number {
  const value = rule.params?.[name];
  if (value === undefined) throw new RangeError(`rule ${rule.id} has no parameter ${name}`);
  return value;
}

/** The columns of a table in this return's layout, main column first. */
export function columnsOf(env: RuleEnv, table: TableId): readonly ColumnId[] {
  for (const t of env.layout.tables) if (t.id === table) return t.columns;
  return [];
}

/**
 * The columns a relation over `cells` runs on (rules.md, Columns): the table's main column always,
 * each other column when at least one of the cells is filled there.
 */
export function relationColumns(
  env: RuleEnv,
  table: TableId,
  cells: readonly Cells[],
  terms: readonly CellTerm[] = [],
): ColumnId[] {
  const columns = columnsOf(env, table);
  const out: ColumnId[] = [];
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as ColumnId;
    if (i === 0 || anyFilled(env, column, cells, terms)) out.push(column);
  }
  return out;
}

function anyFilled(
  env: RuleEnv,
  column: ColumnId,
  cells: readonly Cells[],
  terms: readonly CellTerm[],
): boolean {
  for (const c of cells) if (env.values.filled(c[column])) return true;
  for (const t of terms) if (env.values.filled(t.cells[column])) return true;
  return false;
}

/** A signed term of a relation, before a column is chosen. */
export interface CellTerm {
  readonly cells: Cells;
  readonly sign: 1 | -1;
}

/** A term added to a sum. */
export const plus = (cells: Cells): CellTerm => ({ cells, sign: 1 });
/** A term subtracted from a sum. */
export const minus = (cells: Cells): CellTerm => ({ cells, sign: -1 });

const termsIn = (terms: readonly CellTerm[], column: ColumnId): Term[] =>
  terms.map((t) => ({ ref: t.cells[column], sign: t.sign }));

/**
 * Equality `left = Σ terms` in every column the relation runs on, within the edition's tolerance
 * (0 = exact). A finding names left first, then the terms; the message gives both sides and the
 * difference, then `advice` (in each language).
 */
export function checkEquality(
  env: RuleEnv,
  rule: RuleDef,
  table: TableId,
  left: Cells,
  terms: readonly CellTerm[],
  advice: Bilingual,
  out: Finding[],
): void {
  for (const column of relationColumns(env, table, [left], terms)) {
    let right = 0;
    for (const t of terms) right += t.sign * env.values.num(t.cells[column]);
    const l = env.values.num(left[column]);
    if (Math.abs(l - right) <= env.edition.tolerance) continue;
    const ref = left[column];
    const rightTerms = termsIn(terms, column);
    const diff = Math.abs(l - right);
    out.push(
      finding(
        rule.id,
        rule.severity,
        [ref, ...rightTerms.map((t) => t.ref)],
        `${labelled(env, ref)} ≠ ${sumText(env, rightTerms)}，相差 ${showValue(env, ref, diff)}。${advice.zh}`,
        `${labelledEn(env, ref)} ≠ ${sumTextEn(env, rightTerms)}, a difference of ${showValueEn(env, ref, diff)}. ${advice.en}`,
      ),
    );
  }
}

/**
 * "Σ parts may not exceed whole" for one column: a finding when the parts (blank = 0) add up to
 * more than the whole. The parts come first in `cells` (the UI points at the first part).
 */
export function exceedsIn(
  env: RuleEnv,
  rule: RuleDef,
  column: ColumnId,
  parts: readonly Cells[],
  whole: Cells,
  advice: Bilingual,
): Finding | undefined {
  let total = 0;
  for (const p of parts) total += env.values.num(p[column]);
  const wholeRef = whole[column];
  const w = env.values.num(wholeRef);
  if (total <= w) return undefined;
  const terms: Term[] = parts.map((p) => ({ ref: p[column], sign: 1 }));
  const first = terms[0];
  if (!first) return undefined;
  const single = terms.length === 1;
  const left = single
    ? labelled(env, first.ref)
    : `${columnLabels[column]} ${sumText(env, terms)} ${unitOf(env, wholeRef)}`;
  const columnEn = columnLabelsEn[column];
  const leftEn = single
    ? labelledEn(env, first.ref)
    : `${columnEn === '' ? '' : `${columnEn}: `}${sumTextEn(env, terms)} ${unitEn(unitOf(env, wholeRef))}`;
  return finding(
    rule.id,
    rule.severity,
    [...terms.map((t) => t.ref), wholeRef],
    `${left}${single ? ' ' : '，'}大于 ${labelled(env, wholeRef)}，多 ${showValue(env, wholeRef, total - w)}。${advice.zh}`,
    `${leftEn} exceeds ${labelledEn(env, wholeRef)} by ${showValueEn(env, wholeRef, total - w)}. ${advice.en}`,
  );
}

/** `exceedsIn` in every column the relation runs on. */
export function checkExceeds(
  env: RuleEnv,
  rule: RuleDef,
  table: TableId,
  parts: readonly Cells[],
  whole: Cells,
  advice: Bilingual,
  out: Finding[],
): void {
  for (const column of relationColumns(env, table, parts, [plus(whole)])) {
    const f = exceedsIn(env, rule, column, parts, whole, advice);
    if (f) out.push(f);
  }
}

/** Verify-rule suffix: what to do when the figure is right. */
export const EXPLAIN = '如数据无误，请填写审核说明。';
/** `EXPLAIN` in English. */
export const EXPLAIN_EN = 'If the figures are correct, write an explanation.';
