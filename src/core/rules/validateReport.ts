import { getEdition } from '../catalog/editions';
import type { Report } from '../report/types';
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
  return found.map((x) => x.f);
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
