// The district summary workbook (exchange.md, "Summary workbook"): 汇总 (sum, reporters, last
// year and growth per indicator), 按管理单元 and 按行业 (the same sums by B06 and by B09's
// 3-digit group), 企业明细 (one row per enterprise) and 问题清单 (every finding). Sums come from
// core's aggregateReports, so the workbook and the board agree to the cent.
import type { WorkBook } from '@e965/xlsx';
import { utils, write } from '@e965/xlsx';
import type { AggregateGroup, CellDef, Finding, Report } from '../core';
import {
  aggregateReports,
  aggregatedCells,
  cellValue,
  getEdition,
  inScope,
  layoutOf,
  returnStatus,
} from '../core';
import { addPageSetup } from './pageSetup';
import { SheetBuilder } from './sheetBuilder';

const AMOUNT = '#,##0.00';
const COUNT = '#,##0';
const PERCENT = '0.0"%"';

const formatOf = (d: CellDef) => (d.indicator.kind === 'count' ? COUNT : AMOUNT);
const LAST: Readonly<Record<string, string>> = { thisYear: 'lastYear', ytd: 'ytdLastYear' };

/** `汇总_{review unit or 全部}_{period}.xlsx`, with characters no file system accepts replaced. */
export function summaryFileName(unitOrAll: string, period: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
  return `汇总_${safe(unitOrAll) || '全部'}_${safe(period)}.xlsx`;
}

/** The main-column cells (本年 / 本年本期累计) of the aggregated tables, in catalog order. */
const mainCells = (cells: readonly CellDef[]) => cells.filter((d) => d.column in LAST);

function totalsSheet(cells: readonly CellDef[], group: AggregateGroup | undefined, title: string) {
  const b = new SheetBuilder();
  b.text(0, 0, title);
  b.row(1, [
    '表号',
    '代码',
    '指标名称',
    '计量单位',
    '本期合计',
    '报送企业数',
    '上年同期合计',
    '上年同期报送企业数',
    '增长率（%）',
  ]);
  mainCells(cells).forEach((d, i) => {
    const r = i + 2;
    const lastRef = `${d.table.id}.${d.indicator.code}.${LAST[d.column] ?? ''}`;
    b.row(r, [d.table.formNo, d.indicator.code, d.indicator.label, d.indicator.unit]);
    b.number(r, 4, group?.values[d.ref] ?? 0, formatOf(d));
    b.number(r, 5, group?.counts[d.ref] ?? 0, COUNT);
    b.number(r, 6, group?.values[lastRef] ?? 0, formatOf(d));
    b.number(r, 7, group?.counts[lastRef] ?? 0, COUNT); // exchange.md: "the same for last year"
    const growth = group?.growth[d.ref];
    if (growth !== undefined && growth !== null) b.number(r, 8, growth, PERCENT);
  });
  return b.build({ widths: [12, 8, 36, 8, 16, 10, 16, 12, 12] });
}

function groupsSheet(cells: readonly CellDef[], groups: readonly AggregateGroup[], keyTitle: string) {
  const b = new SheetBuilder();
  const main = mainCells(cells);
  b.row(0, [keyTitle, '名称', '企业数', ...main.map((d) => `${d.indicator.label}（${d.indicator.code}）`)]);
  groups.forEach((g, i) => {
    b.row(i + 1, [g.key, g.label]);
    b.number(i + 1, 2, g.enterprises, COUNT);
    main.forEach((d, j) => b.number(i + 1, 3 + j, g.values[d.ref] ?? 0, formatOf(d)));
  });
  return b.build({ widths: [10, 24, 8, ...main.map(() => 16)] });
}

export interface SummaryOptions {
  /** The review unit's name (or 全部) for the title. */
  readonly unitName?: string;
  /**
   * Per report, why it is left out of the sums (汇总, 按管理单元, 按行业), e.g. 不在调查范围 or 退回;
   * undefined when it is counted. Without it every report is summed (exchange.md: "the sum over
   * the enterprises"); district mode passes what its board decided. Every report is still listed
   * in 企业明细 and 问题清单.
   */
  readonly excluded?: readonly (string | undefined)[];
}

/** The summary workbook of a set of returns of one edition and kind. Pure. */
export function writeSummaryWorkbook(
  reports: readonly Report[],
  findingsByReport: readonly Finding[][],
  options: SummaryOptions = {},
): Uint8Array {
  const first = reports[0];
  const wb: WorkBook = utils.book_new();
  const edition = getEdition(first?.edition ?? '2020');
  const kind = first?.kind ?? 'annual';
  const cells = aggregatedCells(layoutOf(edition, kind));
  const excluded = reports.map((_, i) => options.excluded?.[i]);
  const summed = reports.filter((_, i) => excluded[i] === undefined);
  const left = new Map<string, number>();
  for (const why of excluded) if (why !== undefined) left.set(why, (left.get(why) ?? 0) + 1);
  const leftText = [...left].map(([why, n]) => `${why} ${n} 家`).join('、');
  const title =
    `${options.unitName ?? '全部'} ${first?.period ?? ''} ${kind === 'annual' ? '年报' : '月报'}汇总` +
    `（${summed.length} 家企业${leftText ? `，不含${leftText}` : ''}）`;
  const by = (how: 'total' | 'reviewUnit' | 'industry') => aggregateReports(summed, how).groups;
  utils.book_append_sheet(wb, totalsSheet(cells, by('total')[0], title), '汇总');
  utils.book_append_sheet(wb, groupsSheet(cells, by('reviewUnit'), '管理单元'), '按管理单元');
  utils.book_append_sheet(wb, groupsSheet(cells, by('industry'), '行业组'), '按行业');

  const keyRefs =
    kind === 'annual'
      ? ['T2.F10.thisYear', 'T3.Y01.thisYear', 'T2.F23.thisYear', 'T3.Y17.thisYear']
      : ['M.2010.ytd', 'M.2020.ytd', 'M.2090.ytd', 'M.2112.ytd'];
  const detail = new SheetBuilder();
  detail.row(0, [
    '统一社会信用代码',
    '单位详细名称',
    '管理单元',
    '状态',
    '必改错误',
    '核实性错误',
    '提示',
    '是否在调查范围',
    '营业收入',
    '软件业务收入',
    '利润总额',
    '从业人员',
    '计入汇总',
  ]);
  const problems = new SheetBuilder();
  problems.row(0, ['统一社会信用代码', '单位详细名称', '规则', '级别', '说明', '审核说明']);
  let problemRow = 1;
  reports.forEach((report, i) => {
    const findings = findingsByReport[i] ?? [];
    const text = (code: string) => report.cells[`T1.${code}.value`]?.raw ?? '';
    const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
    detail.row(i + 1, [text('B01'), text('B03'), text('B06'), returnStatus(report, findings)]);
    detail
      .number(i + 1, 4, count('error'), COUNT)
      .number(i + 1, 5, count('verify'), COUNT)
      .number(i + 1, 6, count('hint'), COUNT);
    detail.text(i + 1, 7, report.kind === 'annual' ? (inScope(report) ? '是' : '否') : '—');
    keyRefs.forEach((ref, j) => {
      const v = cellValue(report, ref);
      if (v !== null) detail.number(i + 1, 8 + j, v, j === 3 ? COUNT : AMOUNT);
    });
    detail.text(i + 1, 12, excluded[i] === undefined ? '是' : `否（${excluded[i]}）`);
    for (const f of findings) {
      const severity = f.severity === 'error' ? '必改错误' : f.severity === 'verify' ? '核实性错误' : '提示';
      problems.row(problemRow++, [
        text('B01'),
        text('B03'),
        f.ruleId,
        severity,
        f.message,
        report.explanations[f.key],
      ]);
    }
  });
  utils.book_append_sheet(
    wb,
    detail.build({ widths: [22, 30, 10, 12, 8, 10, 6, 12, 14, 14, 14, 10, 16] }),
    '企业明细',
  );
  utils.book_append_sheet(wb, problems.build({ widths: [22, 30, 16, 10, 80, 40] }), '问题清单');
  const bytes = write(wb, {
    type: 'array',
    bookType: 'xlsx',
    bookSST: true,
    compression: true,
  }) as ArrayBuffer;
  return addPageSetup(new Uint8Array(bytes), [
    { sheet: 1, frozenRows: 2 },
    { sheet: 2, frozenRows: 1 },
    { sheet: 3, frozenRows: 1 },
    { sheet: 4, frozenRows: 1 },
    { sheet: 5, frozenRows: 1 },
  ]);
}
