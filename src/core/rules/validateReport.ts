import { getEdition } from '../catalog/editions';
import type { Layout } from '../catalog/layout';
import type { Report } from '../report/types';
import { sumPartsOf } from '../report/valuesOf';
import type { ValidationContext } from './context';
import { makeEnv } from './context';
import type { Finding } from './finding';
import { checks } from './registry';

/**
 * All findings of a return (rules.md), ordered by table then catalog order of their first cell,
 * then by the edition's rule order. Pure and deterministic: the same report and context give the
 * same findings. Rules whose context item is missing do not run.
 */
export function validateReport(report: Report, context: ValidationContext = {}): Finding[] {
  const edition = getEdition(report.edition);
  const env = makeEnv(report, edition, context);
  const found: { f: Finding; order: number; rule: number }[] = [];
  edition.rules.forEach((rule, ruleIndex) => {
    if (!rule.kinds.includes(report.kind)) return;
    const check = checks[rule.id];
    if (!check) return;
    for (const f of check(env, rule)) {
      const first = f.cells[0];
      const order = first === undefined ? -1 : (env.layout.byRef.get(first)?.order ?? -1);
      found.push({ f, order, rule: ruleIndex });
    }
  });
  found.sort((a, b) => a.order - b.order || a.rule - b.rule);
  // A cell whose text is not a number (F-NUM, F-DEC, F-INT say so) counts as 0 in the relations;
  // their findings about it (an unbalanced balance sheet with 资产总计 0.00 …) would only send the
  // user after a figure that is not there. They come back once the text is a number. The cell
  // rules and M-JAN (any text in January's 本年上期累计) are about the text itself: kept.
  const unreadable = unreadableTest(report, env.layout);
  return found.filter((x) => TEXT_RULE.test(x.f.ruleId) || !x.f.cells.some(unreadable)).map((x) => x.f);
}

/** Rules whose findings are about a cell's text, not its value. */
const TEXT_RULE = /^(F-|M-JAN$)/;

/**
 * Whether a cell's text is not a valid number, or it sums (in its column) over one that is.
 * Asked only for the cells of findings, so a return without findings pays nothing for it.
 */
function unreadableTest(report: Report, layout: Layout): (ref: string) => boolean {
  const known = new Map<string, boolean>();
  const sums = sumPartsOf(layout);
  const test = (ref: string): boolean => {
    const seen = known.get(ref);
    if (seen !== undefined) return seen;
    known.set(ref, false); // the catalog's sums do not loop; this guards anyway
    const bad = report.cells[ref]?.problem !== undefined || (sums.get(ref)?.some(test) ?? false);
    known.set(ref, bad);
    return bad;
  };
  return test;
}

/** Minimum length of a 审核说明 that explains a `verify` finding. */
export const MIN_EXPLANATION_CHARS = 10;

/** True when a finding of severity `verify` has an explanation long enough. */
export function isExplained(report: Pick<Report, 'explanations'>, finding: Finding): boolean {
  return [...(report.explanations[finding.key]?.trim() ?? '')].length >= MIN_EXPLANATION_CHARS;
}

/** 可上报: no `error` finding, and every `verify` finding explained in at least 10 characters. */
export function isReady(report: Report, findings: Finding[]): boolean {
  return findings.every((f) => f.severity === 'hint' || (f.severity === 'verify' && isExplained(report, f)));
}

export type ReturnStatus = '有必改错误' | '待说明' | '可上报';

/** The status badge of a return: 有必改错误 / 待说明 / 可上报. */
export function returnStatus(report: Report, findings: Finding[]): ReturnStatus {
  if (findings.some((f) => f.severity === 'error')) return '有必改错误';
  return isReady(report, findings) ? '可上报' : '待说明';
}
