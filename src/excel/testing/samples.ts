// Sample returns for the tests of src/excel and src/workers, built with core's emptyReport and
// setCells only: every typed cell of every table filled (last year's columns too), a few cells typed
// the way people type them (full-width digits, thousands separators, text that is not a number),
// explanations, and the status. Deterministic, so a failure always reproduces.
import type { CellDef, Report } from '../../core';
import { emptyReport, getEdition, isNumericKind, layoutOf, setCells, setExplanation } from '../../core';

/** Identity and contact fields of T1 (a valid credit code; codes from the Chongqing lists). */
export const IDENTITY: Readonly<Record<string, string>> = {
  B01: '91500103MA5U00000D',
  B03: '重庆示例软件有限公司',
  B04: '重庆市渝中区解放碑街道民族路 1 号',
  B05: '500103',
  B06: '500103',
  B07: '173',
  B08: '3',
  B09: '6513',
  B10: '应用软件开发、信息系统集成服务',
  B11: '2015-06',
  B13: '是',
  B14: '是',
  B15: '否',
  B16: '否',
  B20: '张三',
  B21: '李四',
  B22: '王五',
  B23: '023-63896259',
  B24: 'tongji@example.com',
  B25: '400010',
  B26: '2021-03-01',
};

/** Cells typed the way people type them, by reference. */
export const TYPED: Readonly<Record<string, string>> = {
  'T2.F01.thisYear': '１２,３４５.６',
  'T2.F03.thisYear': '1,234.5',
  'T2.F25.thisYear': '-12.5',
  'T2.F25.lastYear': '-0.01',
  'T4.C49.lastYear': '约一万',
  'T2.F28.lastYear': '1.234',
  'M.2110.ytdLastYear': '约一万',
  'M.2090.ytd': '-88.08',
};

/** A deterministic plausible value for a numeric cell. */
function numberFor(def: CellDef): string {
  const n = (def.order * 7919) % 9973;
  if (def.indicator.kind === 'count') return String(n % 500);
  return `${n}.${String(def.order % 100).padStart(2, '0')}`;
}

function filled(kind: 'annual' | 'monthly', period: string): Report {
  const report = emptyReport({ edition: '2020', kind, period });
  const layout = layoutOf(getEdition('2020'), kind);
  const entries: [string, string][] = [];
  for (const def of layout.cells) {
    if (def.indicator.formula) continue;
    const typed = TYPED[def.ref];
    if (typed !== undefined) entries.push([def.ref, typed]);
    else if (def.table.id === 'T1') entries.push([def.ref, IDENTITY[def.indicator.code] ?? '']);
    else if (isNumericKind(def.indicator.kind)) entries.push([def.ref, numberFor(def)]);
  }
  return setCells(report, entries);
}

/** An annual return of 2020 with all five tables filled, explanations, and status `ready`. */
export function annualSample(): Report {
  let r = filled('annual', '2020');
  r = setExplanation(r, 'X-EXPORT@T3.Y13.thisYear', '本年承接海外外包项目较多，出口以美元结算，故增长较快。');
  r = setExplanation(r, 'T2-INSOLVENT@T2.F03.thisYear', '企业处于扩张期，负债较高，已取得银行授信。');
  return { ...r, status: 'ready' };
}

/** A monthly return of March 2021 with every column filled and an explanation. */
export function monthlySample(): Report {
  const r = filled('monthly', '2021-03');
  return setExplanation(r, 'M-GROWTH@M.2010.ytd', '本月新签大型项目集中验收，收入增长较快。');
}

/**
 * What a return's cells mean, for comparing round trips: a valid number by its exact value (the
 * JSON form and the workbook write `12345.6` for `１２,３４５.６`), everything else by its text.
 */
export function meaning(report: Report): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [ref, cell] of Object.entries(report.cells)) out[ref] = cell.value ?? cell.raw;
  return out;
}
