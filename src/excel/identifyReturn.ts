// Which return a workbook without `_data` holds (made by another program from this layout): the
// kind from the sheet names (`月报表` → monthly), the period from the `报告期：` cell above the
// header, the edition from `批准文号：`, or else the edition that covers the period.
import type { WorkBook } from '@e965/xlsx';
import type { Edition, Message, ReportKind } from '../core';
import { editionForPeriod, editionIds, getEdition, msg } from '../core';
import { HEADER_SEARCH_ROWS } from './limits';
import { editionsByApprovalNo, LABEL, parsePeriodText } from './layout';
import { findHeader, findLabelled, rowsOf, sheetOf, show } from './readTableSheet';

export type Identity =
  | { ok: true; edition: Edition; kind: ReportKind; period: string; notes: Message[] }
  | { ok: false; problems: Message[] };

const editions = () => editionIds.map(getEdition);

/** Sheet names that mark a kind: a table sheet only that kind of return has. */
function formNos(kind: ReportKind): Set<string> {
  const other = kind === 'annual' ? 'monthly' : 'annual';
  const otherNames = new Set(editions().flatMap((e) => e.tables[other].map((t) => t.formNo)));
  return new Set(
    editions()
      .flatMap((e) => e.tables[kind].map((t) => t.formNo))
      .filter((n) => !otherNames.has(n)),
  );
}

const covers = (e: Edition, kind: ReportKind, period: string) =>
  kind === 'annual' ? period === e.annualPeriod : period.slice(0, 4) === e.monthlyYear;

/** The first text labelled `label` above the header of the given sheets. */
function labelled(wb: WorkBook, sheets: readonly string[], label: string): string | undefined {
  for (const name of sheets) {
    const ws = sheetOf(wb, name);
    if (!ws) continue;
    const rows = rowsOf(ws);
    const before = findHeader(rows)?.row ?? Math.min(HEADER_SEARCH_ROWS, rows.length);
    const text = findLabelled(rows, before, label);
    if (text !== undefined) return text;
  }
  return undefined;
}

/** Identifies edition, kind and period of a workbook from its visible sheets. */
export function identifyReturn(wb: WorkBook): Identity {
  const names = wb.SheetNames;
  const monthly = names.filter((n) => formNos('monthly').has(n));
  const annual = names.filter((n) => formNos('annual').has(n));
  const shared = names.filter((n) => editions().some((e) => e.tables.monthly.some((t) => t.formNo === n)));
  if (monthly.length === 0 && annual.length === 0 && shared.length === 0) {
    const lacking = names
      .filter((n) => !findHeader(rowsOf(sheetOf(wb, n) ?? {})))
      .map((n) =>
        msg(
          `工作表“${show(n)}”的前 ${HEADER_SEARCH_ROWS} 行中没有“代码”表头。`,
          `Sheet "${show(n)}" has no "代码" header in its first ${HEADER_SEARCH_ROWS} rows.`,
        ),
      );
    return {
      ok: false,
      problems: [
        msg(
          `工作簿中没有本表式的工作表（软统企1表～软统企5表，或月报表），可能是其他模板的工作簿。找到的工作表：${names.map(show).join('、')}。`,
          `The workbook has none of the sheets of this form (软统企1表 to 软统企5表, or 月报表); it may be a workbook of another template. Sheets found: ${names.map((n) => `"${show(n)}"`).join(', ')}.`,
        ),
        ...lacking,
      ],
    };
  }
  // Only sheets both kinds have (软统企1表): the period's shape decides the kind.
  const sheets = [...(monthly.length > 0 ? monthly : annual), ...shared];
  const periodText = labelled(wb, sheets, LABEL.period);
  if (periodText === undefined) {
    return {
      ok: false,
      problems: [
        msg(
          `没有找到报告期：各表第 3 行应有“报告期：2020年”（年报）或“报告期：2021年3月”（月报）这样的单元格（工作表：${sheets.join('、')}）。`,
          `No reporting period found: row 3 of each sheet should have a cell such as "报告期：2020年" (annual) or "报告期：2021年3月" (monthly) (sheets: ${sheets.join(', ')}).`,
        ),
      ],
    };
  }
  const period = parsePeriodText(periodText);
  const kind: ReportKind =
    monthly.length > 0 || (annual.length === 0 && period?.includes('-') === true) ? 'monthly' : 'annual';
  const kindLabel = kind === 'annual' ? '年报' : '月报';
  if (period === undefined || (kind === 'annual') !== !period.includes('-')) {
    return {
      ok: false,
      problems: [
        msg(
          `报告期“${show(periodText)}”${period === undefined ? '无法识别' : `与报表类型（${kindLabel}）不符`}：年报应写作“2020年”，月报应写作“2021年3月”或“2021-03”。`,
          `Reporting period "${show(periodText)}" ${period === undefined ? 'cannot be recognised' : `does not match the return type (${kind})`}: an annual period is written "2020年", a monthly one "2021年3月" or "2021-03".`,
        ),
      ],
    };
  }
  const notes: Message[] = [];
  const approvalText = labelled(wb, sheets, LABEL.approvalNo);
  let edition = approvalText
    ? editionsByApprovalNo(approvalText).find((e) => covers(e, kind, period))
    : undefined;
  if (!edition) {
    edition = editionForPeriod(kind, period);
    if (edition && approvalText !== undefined) {
      notes.push(
        msg(
          `批准文号“${show(approvalText)}”与报告期不对应或未知，已按报告期选用统计制度（${edition.approvalNo}）。`,
          `Approval number "${show(approvalText)}" does not match the reporting period or is unknown; the edition of the statistical system was chosen by the reporting period ("${edition.approvalNo}").`,
        ),
      );
    }
  }
  if (!edition) {
    const supported = editions()
      .map((e) => `${e.annualPeriod}年年报、${e.monthlyYear}年月报`)
      .join('；');
    const supportedEn = editions()
      .map((e) => `${e.annualPeriod} annual, ${e.monthlyYear} monthly`)
      .join('; ');
    return {
      ok: false,
      problems: [
        msg(
          `没有适用于报告期 ${period} 的统计制度版本（本程序支持：${supported}）。`,
          `No edition of the statistical system covers the reporting period ${period} (this program supports: ${supportedEn}).`,
        ),
      ],
    };
  }
  return { ok: true, edition, kind, period, notes };
}
