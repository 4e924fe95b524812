// Cell rules (rules.md, all tables): blanks, text in number cells, decimals, signs, magnitude.
import type { Layout } from '../../catalog/layout';
import { mainColumn } from '../../catalog/layout';
import type { Indicator, RuleDef, TableDef } from '../../catalog/types';
import { normaliseNumberText } from '../../numbers/parseNumber';
import { isNumericKind, readBool } from '../../report/cellParsing';
import type { Cell, Report } from '../../report/types';
import type { Check, RuleEnv } from '../context';
import { cellLabel, fieldBool } from '../context';
import type { Finding } from '../finding';
import { finding } from '../finding';
import type { Bilingual } from '../messages';
import { cellLabelEn, showValue, showValueEn, unitEn } from '../messages';
import { param } from '../relations';

/** True when a row applies: its table's and its own gate are 是. */
function gateOpen(env: RuleEnv, table: TableDef, row: Indicator): boolean {
  if (table.gate && fieldBool(env, table.gate) !== '是') return false;
  return row.gate === undefined || fieldBool(env, row.gate) === '是';
}

interface RequiredCell {
  readonly ref: string;
  readonly table: TableDef;
  readonly row: Indicator;
}

const requiredCache = new WeakMap<Layout, readonly RequiredCell[]>();

/** The typed required cells of a layout's main columns, in catalog order (built once per layout). */
function requiredCells(layout: Layout): readonly RequiredCell[] {
  const known = requiredCache.get(layout);
  if (known) return known;
  const out: RequiredCell[] = [];
  for (const table of layout.tables) {
    const column = mainColumn(table);
    for (const row of table.rows)
      if (row.required && !row.formula) out.push({ ref: `${table.id}.${row.code}.${column}`, table, row });
  }
  requiredCache.set(layout, out);
  return out;
}

export const checkRequired: Check = (env, rule) => {
  const out: Finding[] = [];
  for (const { ref, table, row } of requiredCells(env.layout)) {
    const cell = env.report.cells[ref];
    if (cell) {
      // A yes/no answered with neither (有, yes please: only an import can bring these in) is no
      // answer: the gates read 是 or 否, so such a text would leave rows unchecked both ways.
      if (row.kind !== 'bool' || readBool(cell.raw) !== undefined || !gateOpen(env, table, row)) continue;
      out.push(
        finding(
          rule.id,
          rule.severity,
          [ref],
          `必填项“${cellLabel(env, ref)}”应填“是”或“否”，现为“${clip(cell.raw.trim())}”。`,
          `Required item ${cellLabelEn(env, ref)} must be 是 (yes) or 否 (no); it is "${clip(cell.raw.trim())}".`,
        ),
      );
      continue;
    }
    if (!gateOpen(env, table, row)) continue;
    const numeric = isNumericKind(row.kind);
    out.push(
      finding(
        rule.id,
        rule.severity,
        [ref],
        `必填项“${cellLabel(env, ref)}”为空，${numeric ? '没有发生额请填 0。' : '请填写。'}`,
        `Required item ${cellLabelEn(env, ref)} is blank. ${numeric ? 'Enter 0 if there is nothing to report.' : 'Please fill it in.'}`,
      ),
    );
  }
  return out;
};

/** What the number rules need from a return's cells, gathered in one pass per report. */
interface CellFacts {
  /** Cells whose text is not a valid number, with the problem. */
  readonly problems: readonly (readonly [ref: string, cell: Cell])[];
  /** Cells with a negative parsed value. */
  readonly negatives: readonly (readonly [ref: string, value: number])[];
  /** Cells whose text is a negative number refused for its decimals (F-INT / F-DEC): negative too. */
  readonly negativeTexts: readonly (readonly [ref: string, raw: string])[];
  /** Amount cells with a non-zero parsed value. */
  readonly amounts: readonly (readonly [ref: string, value: number])[];
}

const factsCache = new WeakMap<Report, CellFacts>();

function factsOf(env: RuleEnv): CellFacts {
  const known = factsCache.get(env.report);
  if (known) return known;
  const problems: [string, Cell][] = [];
  const negatives: [string, number][] = [];
  const negativeTexts: [string, string][] = [];
  const amounts: [string, number][] = [];
  const { cells } = env.report;
  for (const ref in cells) {
    const cell = cells[ref];
    if (!cell) continue;
    if (cell.problem) problems.push([ref, cell]);
    if (
      (cell.problem === 'notInteger' || cell.problem === 'tooManyDecimals') &&
      /^-\d*\.?\d*[1-9]/.test(normaliseNumberText(cell.raw))
    )
      negativeTexts.push([ref, cell.raw.trim()]);
    const value = cell.value;
    if (value === undefined) continue;
    if (value < 0) negatives.push([ref, value]);
    if (value !== 0 && env.layout.byRef.get(ref)?.indicator.kind === 'amount') amounts.push([ref, value]);
  }
  const facts = { problems, negatives, negativeTexts, amounts };
  factsCache.set(env.report, facts);
  return facts;
}

/** One rule per number problem: the same loop, a different message (the cell's label in both languages). */
function numberProblemCheck(
  problems: readonly string[],
  message: (label: Bilingual, raw: string, row: Indicator, problem: string) => Bilingual,
): Check {
  return (env, rule: RuleDef) => {
    const out: Finding[] = [];
    for (const [ref, cell] of factsOf(env).problems) {
      if (!cell.problem || !problems.includes(cell.problem)) continue;
      const def = env.layout.byRef.get(ref);
      if (!def) continue;
      const label = { zh: cellLabel(env, ref), en: cellLabelEn(env, ref) };
      const text = message(label, cell.raw.trim(), def.indicator, cell.problem);
      out.push(finding(rule.id, rule.severity, [ref], text.zh, text.en));
    }
    return out;
  };
}

const clip = (raw: string) => (raw.length > 30 ? `${raw.slice(0, 30)}…` : raw);

export const checkNumber = numberProblemCheck(['notNumber', 'tooLarge'], (label, raw, _row, problem) =>
  problem === 'tooLarge'
    ? {
        zh: `“${label.zh}”填的数字过大（${clip(raw)}），请检查是否多输了位数。`,
        en: `${label.en}: the number “${clip(raw)}” is too large. Check for extra digits.`,
      }
    : {
        zh: `“${label.zh}”填的“${clip(raw)}”不是数字。请只填数字，可带小数点、负号和千分位逗号，不要带单位或文字。`,
        en: `${label.en}: “${clip(raw)}” is not a number. Enter digits only (a decimal point, a minus sign and thousands commas are allowed), without units or words.`,
      },
);

export const checkDecimals = numberProblemCheck(['tooManyDecimals'], (label, raw, row) =>
  row.kind === 'percent'
    ? {
        zh: `“${label.zh}”填的 ${clip(raw)} 超过 1 位小数，百分比请保留 1 位小数。`,
        en: `${label.en}: ${clip(raw)} has more than 1 decimal place. Round percentages to 1 decimal place.`,
      }
    : {
        zh: `“${label.zh}”填的 ${clip(raw)} 超过 2 位小数，金额以${row.unit}为单位，请四舍五入保留 2 位小数。`,
        en: `${label.en}: ${clip(raw)} has more than 2 decimal places. Amounts are in ${unitEn(row.unit)}: round to 2 decimal places.`,
      },
);

export const checkInteger = numberProblemCheck(['notInteger'], (label, raw, row) => ({
  zh: `“${label.zh}”填的 ${clip(raw)} 不是整数，${row.unit === '件' ? '件数' : '人数'}请填整数。`,
  en: `${label.en}: ${clip(raw)} is not a whole number. Enter the number of ${row.unit === '件' ? 'items' : 'persons'} as a whole number.`,
}));

export const checkNegative: Check = (env, rule) => {
  const out: Finding[] = [];
  for (const [ref, value] of factsOf(env).negatives) {
    const def = env.layout.byRef.get(ref);
    if (!def || def.indicator.signed) continue;
    out.push(
      finding(
        rule.id,
        rule.severity,
        [ref],
        `“${cellLabel(env, ref)}”为负数 ${showValue(env, ref, value)}，该指标不能为负数，请核对后改为正数或 0。`,
        `${cellLabelEn(env, ref)} is negative (${showValueEn(env, ref, value)}). This indicator cannot be negative: check it and change it to a positive number or 0.`,
      ),
    );
  }
  // Reported with the decimals problem at once, so that fixing one does not reveal the other.
  for (const [ref, raw] of factsOf(env).negativeTexts) {
    if (env.layout.byRef.get(ref)?.indicator.signed !== false) continue;
    out.push(
      finding(
        rule.id,
        rule.severity,
        [ref],
        `“${cellLabel(env, ref)}”为负数（${clip(raw)}），该指标不能为负数，请核对后改为正数或 0。`,
        `${cellLabelEn(env, ref)} is negative (${clip(raw)}). This indicator cannot be negative: check it and change it to a positive number or 0.`,
      ),
    );
  }
  return out;
};

export const checkMagnitude: Check = (env, rule) => {
  const min = param(rule, 'min') * 100;
  const out: Finding[] = [];
  for (const [ref, value] of factsOf(env).amounts) {
    if (Math.abs(value) < min) continue;
    const def = env.layout.byRef.get(ref);
    if (!def) continue;
    const { unit } = def.indicator;
    const threshold = (min / 100).toLocaleString('en-US');
    out.push(
      finding(
        rule.id,
        rule.severity,
        [ref],
        `“${cellLabel(env, ref)}”为 ${showValue(env, ref, value)}，不低于 ${threshold} ${unit}，可能误按“元”填报。请确认单位是${unit}（1 万元 = 10,000 元），如属实请填写审核说明。`,
        `${cellLabelEn(env, ref)} is ${showValueEn(env, ref, value)}, at least ${threshold} ${unitEn(unit)}: it may have been entered in “元” (yuan). Check that the unit is ${unitEn(unit)} (1 ${unitEn('万元')} = 10,000 yuan). If the figure is correct, write an explanation.`,
      ),
    );
  }
  return out;
};
