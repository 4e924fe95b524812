// What a check function sees: the report, its derived values and the context of other returns.
import type { CellDef, Layout } from '../catalog/layout';
import { columnLabels, layoutOf, refOf } from '../catalog/layout';
import type { ColumnId, Edition, RuleDef, TableId } from '../catalog/types';
import { readBool } from '../report/cellParsing';
import type { Report } from '../report/types';
import type { Values } from '../report/valuesOf';
import { valuesOf } from '../report/valuesOf';
import type { Finding } from './finding';

/** Other stored returns of the same enterprise, and today's date (rules.md, Context). */
export interface ValidationContext {
  /** YYYY-MM-DD; when absent, today in Asia/Shanghai. */
  today?: string;
  lastYearAnnual?: Report;
  decemberMonthly?: Report;
  previousMonth?: Report;
}

export interface RuleEnv {
  readonly report: Report;
  readonly edition: Edition;
  readonly layout: Layout;
  readonly values: Values;
  readonly context: ValidationContext;
  /** YYYY-MM-DD */
  readonly today: string;
}

/** A check: the findings of one rule (its data gives severity and parameters). */
export type Check = (env: RuleEnv, rule: RuleDef) => Finding[];

/** Today in Asia/Shanghai as YYYY-MM-DD. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function makeEnv(report: Report, edition: Edition, context: ValidationContext): RuleEnv {
  return {
    report,
    edition,
    layout: layoutOf(edition, report.kind),
    values: valuesOf(report),
    context,
    today: context.today ?? todayInShanghai(),
  };
}

/** The definition of a cell; throws for a reference the layout lacks (a bug in a rule). */
export function defOf(env: RuleEnv, ref: string): CellDef {
  const def = env.layout.byRef.get(ref);
  if (!def) throw new RangeError(`rule reads unknown cell ${ref}`);
  return def;
}

/** "资产总计（F01）本年" — how messages name a cell; T1 fields without a column label. */
export function cellLabel(env: RuleEnv, ref: string): string {
  const def = defOf(env, ref);
  const column = def.column === 'value' ? '' : columnLabels[def.column];
  return `${def.indicator.name}（${def.indicator.code}）${column}`;
}

/** Raw text of a T1 field in this return, trimmed; undefined when blank or absent. */
export function fieldText(env: RuleEnv, code: string): string | undefined {
  const raw = env.report.cells[refOf('T1', code, 'value')]?.raw.trim();
  return raw === '' ? undefined : raw;
}

/** A T1 yes/no field: 是, 否, or undefined when blank or unreadable. */
export function fieldBool(env: RuleEnv, code: string): '是' | '否' | undefined {
  return readBool(fieldText(env, code));
}

/**
 * The columns a same-column rule runs on (rules.md, Columns): the main column always, the others
 * when at least one of the rule's cells is filled there.
 */
export function columnsToCheck(env: RuleEnv, table: TableId, codes: readonly string[]): ColumnId[] {
  const def = env.layout.tables.find((t) => t.id === table);
  if (!def) return [];
  return def.columns.filter(
    (column, i) => i === 0 || codes.some((code) => env.values.filled(refOf(table, code, column))),
  );
}
