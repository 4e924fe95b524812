// Which other stored returns of the same enterprise a check needs (rules.md, Context): the UI and
// district mode both pick them here, so a status badge is the same wherever it is shown.
import type { Report } from '../report/types';
import type { ValidationContext } from './context';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The period of the month before a `YYYY-MM` period, or undefined for January (no previous month in the year). */
export function previousMonthPeriod(period: string): string | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return undefined;
  const month = Number(m[2]);
  return month > 1 ? `${m[1]}-${pad2(month - 1)}` : undefined;
}

/**
 * True when a monthly return holds at least one 本年本期累计 figure. One without (opening a month
 * stores it empty) is not yet a month to carry over or compare with: taking it as the previous
 * month would clear the 本年上期累计 typed in the next one.
 */
export function hasYtdFigures(report: Report): boolean {
  for (const ref in report.cells) if (ref.endsWith('.ytd') && report.cells[ref]?.raw.trim()) return true;
  return false;
}

/**
 * The validation context of `report` from the enterprise's other stored returns: last year's annual
 * and the same year's December monthly for an annual return, the previous month for a monthly one.
 */
export function contextFromReturns(
  report: Report,
  others: readonly Report[],
  today?: string,
): ValidationContext {
  const find = (kind: Report['kind'], period: string | undefined) =>
    period === undefined
      ? undefined
      : others.find((r) => r.kind === kind && r.period === period && (kind === 'annual' || hasYtdFigures(r)));
  const context: ValidationContext = {};
  if (today !== undefined) context.today = today;
  if (report.kind === 'annual') {
    const year = Number(report.period);
    const lastYearAnnual = find('annual', String(year - 1));
    const decemberMonthly = find('monthly', `${report.period}-12`);
    if (lastYearAnnual) context.lastYearAnnual = lastYearAnnual;
    if (decemberMonthly) context.decemberMonthly = decemberMonthly;
  } else {
    const previousMonth = find('monthly', previousMonthPeriod(report.period));
    if (previousMonth) context.previousMonth = previousMonth;
  }
  return context;
}

/**
 * The cells of a monthly return's 本年上期累计 column taken from the previous month's 本年本期累计,
 * as [ref, raw] pairs that differ from what the return holds now (empty when nothing to change).
 */
export function previousMonthFill(report: Report, previous: Report): [string, string | undefined][] {
  const changes: [string, string | undefined][] = [];
  const refs = new Set<string>();
  for (const ref of Object.keys(previous.cells)) if (ref.endsWith('.ytd')) refs.add(ref);
  for (const ref of Object.keys(report.cells))
    if (ref.endsWith('.ytdPreviousMonth')) refs.add(ref.replace(/ytdPreviousMonth$/, 'ytd'));
  for (const ytdRef of refs) {
    if (!ytdRef.startsWith('M.')) continue;
    const target = ytdRef.replace(/ytd$/, 'ytdPreviousMonth');
    const want = previous.cells[ytdRef]?.raw;
    if (report.cells[target]?.raw !== want) changes.push([target, want]);
  }
  return changes;
}
