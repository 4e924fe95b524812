// Cell rules (rules.md, all tables): blanks, text in number cells, decimals, signs, magnitude.
import { mainColumn } from '../../catalog/layout';
import type { Indicator, RuleDef, TableDef } from '../../catalog/types';
import { isNumericKind } from '../../report/cellParsing';
import type { Check, RuleEnv } from '../context';
import { cellLabel, fieldBool } from '../context';
import type { Finding } from '../finding';
import { finding } from '../finding';
import { showValue } from '../messages';

/** True when a row applies: its table's and its own gate are 是. */
function gateOpen(env: RuleEnv, table: TableDef, row: Indicator): boolean {
  if (table.gate && fieldBool(env, table.gate) !== '是') return false;
  return row.gate === undefined || fieldBool(env, row.gate) === '是';
}

export const checkRequired: Check = (env, rule) => {
  const out: Finding[] = [];
  for (const table of env.layout.tables) {
    const column = mainColumn(table);
    for (const row of table.rows) {
      if (!row.required || row.formula || !gateOpen(env, table, row)) continue;
      const ref = `${table.id}.${row.code}.${column}`;
      if (env.report.cells[ref]) continue;
      const hint = isNumericKind(row.kind) ? '没有发生额请填 0。' : '请填写。';
      out.push(finding(rule.id, rule.severity, [ref], `必填项“${cellLabel(env, ref)}”为空，${hint}`));
    }
  }
  return out;
};

/** One rule per number problem: the same loop, a different message. */
function numberProblemCheck(
  problems: readonly string[],
  message: (label: string, raw: string, row: Indicator, problem: string) => string,
): Check {
  return (env, rule: RuleDef) => {
    const out: Finding[] = [];
    for (const ref in env.report.cells) {
      const cell = env.report.cells[ref];
      if (!cell?.problem || !problems.includes(cell.problem)) continue;
      const def = env.layout.byRef.get(ref);
      if (!def) continue;
      out.push(
        finding(
          rule.id,
          rule.severity,
          [ref],
          message(cellLabel(env, ref), cell.raw.trim(), def.indicator, cell.problem),
        ),
      );
    }
    return out;
  };
}

const clip = (raw: string) => (raw.length > 30 ? `${raw.slice(0, 30)}…` : raw);

export const checkNumber = numberProblemCheck(['notNumber', 'tooLarge'], (label, raw, _row, problem) =>
  problem === 'tooLarge'
    ? `“${label}”填的数字过大（${clip(raw)}），请检查是否多输了位数。`
    : `“${label}”填的“${clip(raw)}”不是数字。请只填数字，可带小数点、负号和千分位逗号，不要带单位或文字。`,
);

export const checkDecimals = numberProblemCheck(['tooManyDecimals'], (label, raw, row) =>
  row.kind === 'percent'
    ? `“${label}”填的 ${clip(raw)} 超过 1 位小数，百分比请保留 1 位小数。`
    : `“${label}”填的 ${clip(raw)} 超过 2 位小数，金额以${row.unit}为单位，请四舍五入保留 2 位小数。`,
);

export const checkInteger = numberProblemCheck(
  ['notInteger'],
  (label, raw, row) =>
    `“${label}”填的 ${clip(raw)} 不是整数，${row.unit === '件' ? '件数' : '人数'}请填整数。`,
);

export const checkNegative: Check = (env, rule) => {
  const out: Finding[] = [];
  for (const ref in env.report.cells) {
    const value = env.report.cells[ref]?.value;
    const def = env.layout.byRef.get(ref);
    if (value === undefined || value >= 0 || !def || def.indicator.signed) continue;
    out.push(
      finding(
        rule.id,
        rule.severity,
        [ref],
        `“${cellLabel(env, ref)}”为负数 ${showValue(env, ref, value)}，该指标不能为负数，请核对后改为正数或 0。`,
      ),
    );
  }
  return out;
};

export const checkMagnitude: Check = (env, rule) => {
  const min = (rule.params?.min ?? 10_000_000) * 100;
  const out: Finding[] = [];
  for (const ref in env.report.cells) {
    const value = env.report.cells[ref]?.value;
    const def = env.layout.byRef.get(ref);
    if (value === undefined || !def || def.indicator.kind !== 'amount' || Math.abs(value) < min) continue;
    out.push(
      finding(
        rule.id,
        rule.severity,
        [ref],
        `“${cellLabel(env, ref)}”为 ${showValue(env, ref, value)}，不低于 ${(min / 100).toLocaleString('en-US')} ${def.indicator.unit}，可能误按“元”填报。请确认单位是${def.indicator.unit}（1 万元 = 10,000 元），如属实请填写审核说明。`,
      ),
    );
  }
  return out;
};
