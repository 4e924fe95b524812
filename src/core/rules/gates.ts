// Gate rules (rules.md, Gates): when B13 (embedded) or B14 (AI) is 否, its rows are expected
// blank, and the gate rule flags any value there in any column. The gated cells of a layout come
// from the catalog's `gate` marks (a row, its descendants, or a whole table) and are listed once
// per layout.
import type { Layout } from '../catalog/layout';
import type { Indicator, TableDef } from '../catalog/types';
import type { RuleEnv } from './context';
import { cellLabel, fieldBool } from './context';
import type { Finding } from './finding';
import { finding } from './finding';
import type { Bilingual } from './messages';
import { cellLabelEn, labelled, labelledEn } from './messages';

export type Gate = 'B13' | 'B14';

const cache = new WeakMap<Layout, Partial<Record<Gate, readonly string[]>>>();

function gatedRows(table: TableDef, gate: Gate): Set<string> {
  const gated = new Set<string>();
  const isGated = (row: Indicator): boolean =>
    table.gate === gate || row.gate === gate || (row.parent !== undefined && gated.has(row.parent)); // parents come first in catalog order
  for (const row of table.rows) if (isGated(row)) gated.add(row.code);
  return gated;
}

/** Typed (not computed) cells of the layout's rows under this gate, in catalog order. */
export function gatedCells(layout: Layout, gate: Gate): readonly string[] {
  let perGate = cache.get(layout);
  if (!perGate) cache.set(layout, (perGate = {}));
  const known = perGate[gate];
  if (known) return known;
  const refs: string[] = [];
  for (const table of layout.tables) {
    const rows = gatedRows(table, gate);
    for (const def of layout.cells)
      if (def.table === table && rows.has(def.indicator.code) && !def.indicator.formula) refs.push(def.ref);
  }
  perGate[gate] = refs;
  return refs;
}

/** Most cells a gate message lists before "等 N 项". */
const LISTED = 5;

/**
 * The gate rule: when the gate field is 否 and any gated cell holds a value above 0, one finding
 * naming those cells (first where the UI points) and the gate field last. `what` names the gated
 * rows in both languages.
 */
export function gateFindings(
  env: RuleEnv,
  rule: { id: string; severity: Finding['severity'] },
  gate: Gate,
  what: Bilingual,
): Finding[] {
  if (fieldBool(env, gate) !== '否') return [];
  const found: string[] = [];
  for (const ref of gatedCells(env.layout, gate)) if (env.values.num(ref) > 0) found.push(ref);
  if (found.length === 0) return [];
  const gateRef = `T1.${gate}.value`;
  const listed = found.slice(0, LISTED).map((ref) => labelled(env, ref));
  const more = found.length > LISTED ? ` 等 ${found.length} 项` : '';
  const shown = found.slice(0, LISTED);
  const moreEn = found.length > LISTED ? ` and more (${found.length} cells in all)` : '';
  return [
    finding(
      rule.id,
      rule.severity,
      [...found, gateRef],
      `${cellLabel(env, gateRef)}选择了“否”，但${what.zh}填有数值：${listed.join('、')}${more}。如确有该项业务，请将 ${gate} 改为“是”；否则请清空这些格子。`,
      `${cellLabelEn(env, gateRef)} is “否” (no), but values are filled in ${what.en}: ${shown.map((ref) => labelledEn(env, ref)).join('; ')}${moreEn}. If the enterprise does have this business, change ${gate} to “是” (yes); otherwise clear these cells.`,
    ),
  ];
}
