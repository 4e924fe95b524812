// The XLSX layout of a return (exchange.md, "XLSX form"), shared by the writer and the reader so
// the two can never disagree: sheet names, the four head rows, header labels, number formats,
// indentation and the period and edition texts.
import type { Edition, Indicator, Report, TableDef } from '../core';
import { columnLabels, editionIds, getCell, getEdition, layoutOfReport, readBool } from '../core';

export const COVER_SHEET = '封面';
export const FINDINGS_SHEET = '审核说明';
/** Very hidden; A1 (continued down column A when longer than one cell holds) has the JSON form. */
export const DATA_SHEET = '_data';
/** Excel holds at most 32,767 characters in a cell; `_data` is split into chunks below that. */
export const DATA_CHUNK_CHARS = 32_000;

/** 1-based rows of a table sheet. */
export const TITLE_ROW = 1;
export const INFO_ROW = 2;
export const IDENTITY_ROW = 3;
export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = 5;

/** Header texts. */
export const CODE_HEADER = '代码';
export const NAME_HEADER = '指标名称';
export const UNIT_HEADER = '计量单位';
export const T1_NAME_HEADER = '项目';

/** Prefixes of the head rows' cells. */
export const LABEL = {
  formNo: '表号：',
  issuer: '制定机关：',
  approver: '批准机关：',
  approvalNo: '批准文号：',
  uscc: '统一社会信用代码：',
  name: '单位详细名称：',
  period: '报告期：',
} as const;

/** Appended to the name of a computed row. */
export const COMPUTED_MARK = '（自动计算）';
/** One full-width space per level of "其中" nesting. */
export const INDENT = '\u3000';

export const AMOUNT_FORMAT = '#,##0.00';
export const COUNT_FORMAT = '#,##0';
export const PERCENT_FORMAT = '0.0';

/** Header labels of a table sheet, in column order. */
export function headerLabels(table: TableDef): string[] {
  if (table.id === 'T1') return [T1_NAME_HEADER, CODE_HEADER, columnLabels.value];
  return [NAME_HEADER, CODE_HEADER, UNIT_HEADER, ...table.columns.map((c) => columnLabels[c])];
}

/** 0-based column of each value column of a table in the written layout. */
export const firstValueColumn = (table: TableDef): number => (table.id === 'T1' ? 2 : 3);

/** The name cell of a row: indented by level, computed rows marked. */
export function rowName(indicator: Indicator): string {
  return INDENT.repeat(indicator.level) + indicator.label + (indicator.formula ? COMPUTED_MARK : '');
}

/** Column widths (characters) that fit A4 portrait at 100 % (about 100 characters in all). */
export function columnWidths(table: TableDef): number[] {
  if (table.id === 'T1') return [30, 8, 44, 18];
  if (table.columns.length === 3) return [36, 8, 8, 16, 16, 16];
  return [42, 8, 8, 20, 20];
}

/** 0-based columns of the four cells of row 2 (表号, 制定机关, 批准机关, 批准文号). */
export function infoColumns(table: TableDef): number[] {
  const n = headerLabels(table).length;
  return n >= 5 ? [0, 1, n - 2, n - 1] : [0, 1, 2, 3];
}

/** 0-based columns of the three cells of row 3 (统一社会信用代码, 单位详细名称, 报告期). */
export function identityColumns(table: TableDef): number[] {
  const n = headerLabels(table).length;
  return n >= 5 ? [0, 1, n - 1] : [0, 2, 3];
}

/** The tables a return's workbook shows: 软统企5表 only when B14 = 是. */
export function sheetTables(report: Report): TableDef[] {
  const { tables } = layoutOfReport(report);
  const ai = report.kind === 'annual' && readBool(getCell(report, 'T1.B14.value')) === '是';
  return tables.filter((t) => t.gate !== 'B14' || ai);
}

/** The period as printed: "2020年" or "2021年3月". */
export function periodLabel(report: Pick<Report, 'kind' | 'period'>): string {
  if (report.kind === 'annual') return `${report.period}年`;
  const [year = '', month = ''] = report.period.split('-');
  return `${year}年${Number(month)}月`;
}

/** NFKC (full-width → half-width) without any whitespace. */
export const squash = (text: string): string => text.normalize('NFKC').replace(/[\s\u3000]+/g, '');

/** A period text of the head rows as "YYYY" or "YYYY-MM": 2020年, 2020, 2021年3月, 2021-03. */
export function parsePeriodText(text: string): string | undefined {
  const t = squash(text);
  const year = /^(\d{4})年?(?:度)?$/.exec(t);
  if (year) return year[1];
  const month = /^(\d{4})(?:年|[-/.])(\d{1,2})月?(?:份)?$/.exec(t);
  if (!month) return undefined;
  const m = Number(month[2]);
  return m >= 1 && m <= 12 ? `${month[1]}-${String(m).padStart(2, '0')}` : undefined;
}

const bracketed = (text: string): string =>
  squash(text)
    .replace(/[〔［【[(（]/g, '〔')
    .replace(/[〕］】\])）]/g, '〕');

/** Editions whose 批准文号 matches the text (brackets and spaces normalised). */
export function editionsByApprovalNo(text: string): Edition[] {
  const wanted = bracketed(text);
  return editionIds.map(getEdition).filter((e) => bracketed(e.approvalNo) === wanted);
}

/** Severity labels of the 审核说明 sheet. */
export const SEVERITY_LABEL = { error: '必改错误', verify: '核实性错误', hint: '提示' } as const;

/** Header of the 审核说明 sheet. */
export const FINDINGS_HEADER = ['规则', '级别', '位置', '说明', '审核说明'] as const;
