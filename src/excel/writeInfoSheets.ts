// The two sheets around the tables: 封面 (what this file is, its status, how to use it) and
// 审核说明 (one row per finding with the explanation written for it).
import type { WorkSheet } from '@e965/xlsx';
import type { Edition, Finding, Report } from '../core';
import { cellsForFile, columnLabels, getCell, layoutOfReport, returnStatus } from '../core';
import { FINDINGS_HEADER, periodLabel, SEVERITY_LABEL } from './layout';
import { SheetBuilder } from './sheetBuilder';

const KIND_LABEL = { annual: '年报', monthly: '月报' } as const;
const READY = '可上报';

/** The status line of the cover: a return with an error is a draft, and it says so plainly. */
export function coverStatus(report: Report, findings: readonly Finding[]): string {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  switch (returnStatus(report, [...findings])) {
    case '有必改错误':
      return `草稿（有 ${count('error')} 条必改错误，不能作为正式报表上报）`;
    case '待说明':
      return '草稿（有核实性错误尚未填写审核说明，不能作为正式报表上报）';
    default:
      return READY;
  }
}

/** "2021-03-01T10:00:00+08:00" → "2021-03-01 10:00:00（北京时间）"; other texts as they are. */
function timeLabel(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})\+08:00$/.exec(iso);
  return m ? `${m[1]} ${m[2]}（北京时间）` : iso;
}

/**
 * The 封面 sheet. A draft says so twice: in a line right under the title, in words nobody can
 * misread, and in the 状态 row.
 */
export function writeCoverSheet(
  report: Report,
  edition: Edition,
  findings: readonly Finding[],
  exportedAt: string,
  enterpriseName?: string,
  practice = false,
): WorkSheet {
  const status = coverStatus(report, findings);
  const count = (s: Finding['severity']) => `${findings.filter((f) => f.severity === s).length} 条`;
  const rows: [string, string][] = [
    ['制度名称', edition.name],
    ['批准文号', edition.approvalNo],
    ['制定机关', edition.issuer],
    ['批准机关', edition.approver],
    ['报表类型', KIND_LABEL[report.kind]],
    ['报告期', periodLabel(report)],
    ['单位详细名称', getCell(report, 'T1.B03.value') ?? enterpriseName ?? '（未填）'],
    ['统一社会信用代码', cellsForFile(report)['T1.B01.value'] ?? '（未填）'], // normalised, as in the sheets
    ['状态', status],
    ['导出时间', timeLabel(exportedAt)],
    ['必改错误', count('error')],
    ['核实性错误', count('verify')],
    ['提示', count('hint')],
  ];
  const help = [
    '使用说明',
    '1. 各表数据在“软统企×表”（年报）或“月报表”（月报）工作表中，可以打印（A4 纵向）或在 Excel 中查看、修改。',
    '2. 在 Excel 中修改数据后保存，再导入本程序即可继续审核；导入时会列出被修改的格子。请勿改动各表的“代码”列和第 4 行表头。',
    '3. “审核说明”工作表列出导出时的全部审核问题及已填写的审核说明。',
    '4. 本文件含有一个隐藏的数据表，用于无损导入，请勿删除。',
  ];
  const b = new SheetBuilder().text(
    0,
    0,
    `${practice ? '【练习数据】' : ''}软件和信息技术服务业统计${KIND_LABEL[report.kind]}`,
  );
  const errors = findings.filter((f) => f.severity === 'error').length;
  const draftLine =
    status === READY
      ? undefined
      : errors > 0
        ? `草稿：本报表有 ${errors} 条必改错误，不能作为正式报表上报。`
        : '草稿：本报表有核实性错误尚未填写审核说明，不能作为正式报表上报。';
  // Training data must never pass for a real return: said first, the draft line after it.
  const practiceLine = practice
    ? '练习数据：本文件由培训模式导出，只用于练习，不能作为正式报表上报。'
    : undefined;
  const lines = [practiceLine, draftLine].filter((l) => l !== undefined);
  if (lines.length > 0) b.text(1, 0, lines.join(''));
  rows.forEach(([label, value], i) => b.text(2 + i, 0, label).text(2 + i, 1, value));
  help.forEach((line, i) => b.text(3 + rows.length + i, 0, line));
  return b.build({ widths: [18, 80], minCols: 2 });
}

/** "T2.F01.thisYear 资产总计 本年" for a finding's first cell (and how many more it names). */
function position(report: Report, finding: Finding): string {
  const [first, ...rest] = finding.cells;
  if (first === undefined) return '';
  const def = layoutOfReport(report).byRef.get(first);
  const name = def ? ` ${def.indicator.name} ${columnLabels[def.column]}` : '';
  return `${first}${name}${rest.length > 0 ? ` 等 ${finding.cells.length} 格` : ''}`;
}

/** The 审核说明 sheet: one row per finding. */
export function writeFindingsSheet(report: Report, findings: readonly Finding[]): WorkSheet {
  const b = new SheetBuilder().row(0, FINDINGS_HEADER);
  findings.forEach((f, i) =>
    b.row(i + 1, [
      f.ruleId,
      SEVERITY_LABEL[f.severity],
      position(report, f),
      f.message,
      report.explanations[f.key],
    ]),
  );
  if (findings.length === 0) b.text(1, 0, '（导出时没有审核问题）');
  return b.build({ widths: [14, 10, 30, 60, 40], minCols: FINDINGS_HEADER.length });
}
