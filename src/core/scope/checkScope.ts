// The survey scope test (rules.md, X-SCOPE): which of the edition's scope criteria an annual return
// meets, with the figures, and which unmet criterion came closest. The criteria are data
// (ruleSets.ts); this module only evaluates them. Texts come in Chinese and English (detailEn,
// unmetEn): indicator names stay Chinese with their code and English gloss.
import { codeSetsOf } from '../catalog/codeSets';
import { getEdition } from '../catalog/editions';
import type { Edition } from '../catalog/types';
import { formatGrouped } from '../numbers/formatNumber';
import { readBool } from '../report/cellParsing';
import type { Report } from '../report/types';
import type { Values } from '../report/valuesOf';
import { valuesOf } from '../report/valuesOf';
import { glossUnits, indicatorEn, unitEn } from '../rules/messages';
import type { ScopeCriterion, ScopeTerm } from './ruleSets';
import { scopeRuleSets } from './ruleSets';

export interface ScopeCriterionResult {
  /** 'a', 'b', 'c' */
  readonly id: string;
  readonly holds: boolean;
  /** Chinese, with the figures: "（a）行业代码（B09）属于 65 大类（现为 6513 应用软件开发），且 …：满足". */
  readonly detail: string;
  /** English, the same content: "(a) 行业代码 (B09, Industry code …) is in division 65 (currently 6513 “应用软件开发”), and …: met". */
  readonly detailEn: string;
}

export interface ScopeResult {
  readonly inScope: boolean;
  readonly criteria: ScopeCriterionResult[];
}

/** What a term reads from a return. */
interface Reader {
  readonly edition: Edition;
  readonly report: Report;
  readonly values: Values;
}

const field = (r: Reader, code: string): string => r.report.cells[`T1.${code}.value`]?.raw.trim() ?? '';

function termHolds(t: ScopeTerm, r: Reader): boolean {
  switch (t.kind) {
    case 'division':
      return t.divisions.includes(codeSetsOf(r.edition).industries.get(field(r, 'B09'))?.division ?? '');
    case 'industry':
      return t.codes.includes(field(r, 'B09'));
    case 'flag':
      return readBool(field(r, t.field)) === '是';
    case 'atLeast':
      return r.values.num(t.ref) >= t.amount * 100;
    case 'share':
      return r.values.num(t.part) * 100 >= t.percent * r.values.num(t.whole);
    case 'positive':
      return r.values.num(t.ref) > 0;
    case 'anyOf':
      return t.terms.some((x) => termHolds(x, r));
  }
}

/** How far a term is met, 0–1: thresholds by the ratio reached, yes/no terms 0 or 1. */
function termProgress(t: ScopeTerm, r: Reader): number {
  if (termHolds(t, r)) return 1;
  switch (t.kind) {
    case 'atLeast':
      return Math.max(0, r.values.num(t.ref)) / (t.amount * 100);
    case 'share':
      return Math.max(0, r.values.num(t.part) * 100) / (t.percent * r.values.num(t.whole));
    case 'anyOf':
      return Math.max(...t.terms.map((x) => termProgress(x, r)));
    default:
      return 0;
  }
}

const amountText = (v: number): string => `${formatGrouped(v, 'amount')} 万元`;

function nameOf(r: Reader, ref: string): string {
  const def = valuesOf(r.report).layout.byRef.get(ref);
  return def ? `${def.indicator.name}（${def.indicator.code}）` : ref;
}

/** An amount in English, its unit marked for `glossUnits`. */
const amountTextEn = (v: number): string => `${formatGrouped(v, 'amount')} ${unitEn('万元')}`;

/** "主营业务收入 (F11, Main business revenue)"; a T1 field by its code. */
function nameOfEn(r: Reader, ref: string): string {
  const def = r.values.layout.byRef.get(ref);
  return def ? indicatorEn(def.indicator) : ref;
}

const fieldNameEn = (r: Reader, code: string): string => nameOfEn(r, `T1.${code}.value`);

function industryNowEn(r: Reader): string {
  const code = field(r, 'B09');
  if (code === '') return 'currently blank';
  const name = codeSetsOf(r.edition).industries.get(code)?.name;
  return `currently ${code}${name === undefined ? '' : ` “${name}”`}`;
}

/** `termText` in English (units marked). */
function termTextEn(t: ScopeTerm, r: Reader): string {
  switch (t.kind) {
    case 'division':
      return `${fieldNameEn(r, 'B09')} is in division ${t.divisions.join(' or ')} (${industryNowEn(r)})`;
    case 'industry':
      return `${fieldNameEn(r, 'B09')} is ${t.codes.join(' or ')} (${industryNowEn(r)})`;
    case 'flag': {
      const now = readBool(field(r, t.field));
      const nowEn = now === undefined ? 'currently blank' : `currently “${now}”`;
      return `${fieldNameEn(r, t.field)} is “是” (yes; ${nowEn})`;
    }
    case 'atLeast':
      return `${nameOfEn(r, t.ref)} ≥ ${amountTextEn(t.amount * 100)} (currently ${amountTextEn(r.values.num(t.ref))})`;
    case 'share': {
      const part = r.values.num(t.part);
      const whole = r.values.num(t.whole);
      const share = whole > 0 ? `, ${((part / whole) * 100).toFixed(1)}%` : '';
      return `${nameOfEn(r, t.part)} ≥ ${t.percent}% of ${nameOfEn(r, t.whole)} (currently ${amountTextEn(part)}${share})`;
    }
    case 'positive':
      return `${nameOfEn(r, t.ref)} > 0 (currently ${amountTextEn(r.values.num(t.ref))})`;
    case 'anyOf':
      return `(${t.terms.map((x) => termTextEn(x, r)).join(', or ')})`;
  }
}

function industryNow(r: Reader): string {
  const code = field(r, 'B09');
  if (code === '') return '现为空';
  const name = codeSetsOf(r.edition).industries.get(code)?.name;
  return `现为 ${code}${name === undefined ? '' : ` ${name}`}`;
}

function termText(t: ScopeTerm, r: Reader): string {
  switch (t.kind) {
    case 'division':
      return `行业代码（B09）属于 ${t.divisions.join('、')} 大类（${industryNow(r)}）`;
    case 'industry':
      return `行业代码（B09）为 ${t.codes.join(' 或 ')}（${industryNow(r)}）`;
    case 'flag': {
      const now = readBool(field(r, t.field));
      const name = t.field === 'B15' ? '是否集成电路设计企业' : t.field;
      return `${name}（${t.field}）为“是”（${now === undefined ? '现为空' : `现为“${now}”`}）`;
    }
    case 'atLeast':
      return `${nameOf(r, t.ref)}≥ ${amountText(t.amount * 100)}（现为 ${amountText(r.values.num(t.ref))}）`;
    case 'share': {
      const part = r.values.num(t.part);
      const whole = r.values.num(t.whole);
      const share = whole > 0 ? `，占 ${((part / whole) * 100).toFixed(1)}%` : '';
      return `${nameOf(r, t.part)}≥ ${nameOf(r, t.whole)}的 ${t.percent}%（现为 ${amountText(part)}${share}）`;
    }
    case 'positive':
      return `${nameOf(r, t.ref)}> 0（现为 ${amountText(r.values.num(t.ref))}）`;
    case 'anyOf':
      return `（${t.terms.map((x) => termText(x, r)).join('，或 ')}）`;
  }
}

function readerOf(report: Report, edition: Edition | undefined): Reader | undefined {
  if (report.kind !== 'annual') return undefined;
  return { edition: edition ?? getEdition(report.edition), report, values: valuesOf(report) };
}

const criteriaOf = (r: Reader): readonly ScopeCriterion[] => scopeRuleSets[r.edition.scopeRuleSet];

const criterionHolds = (c: ScopeCriterion, r: Reader): boolean => c.terms.every((t) => termHolds(t, r));

/**
 * True when an annual return meets at least one scope criterion of its edition. The fast path of
 * rule X-SCOPE: no text is built. A monthly return carries no scope test and counts as in scope.
 * `edition` defaults to the report's own.
 */
export function inScope(report: Report, edition?: Edition): boolean {
  const r = readerOf(report, edition);
  return r === undefined || criteriaOf(r).some((c) => criterionHolds(c, r));
}

/**
 * The scope test of an annual return (rules.md, X-SCOPE) under its edition's rule set
 * (`edition.scopeRuleSet`): each criterion with whether it holds and a Chinese detail with the
 * figures. The return is in scope when any criterion holds. Scope is decided on the annual return,
 * so a monthly return gives `{ inScope: true, criteria: [] }`. `edition` defaults to the report's
 * own (pass one to judge a return under another edition's data).
 */
export function checkScope(report: Report, edition?: Edition): ScopeResult {
  const r = readerOf(report, edition);
  if (!r) return { inScope: true, criteria: [] };
  const criteria = criteriaOf(r).map((c) => {
    const holds = criterionHolds(c, r);
    const terms = c.terms.map((t) => termText(t, r)).join('，且 ');
    const termsEn = c.terms.map((t) => termTextEn(t, r)).join(', and ');
    return {
      id: c.id,
      holds,
      detail: `（${c.id}）${terms}：${holds ? '满足' : '不满足'}`,
      detailEn: glossUnits(`(${c.id}) ${termsEn}: ${holds ? 'met' : 'not met'}`),
    };
  });
  return { inScope: criteria.some((c) => c.holds), criteria };
}

/**
 * Everything the scope test of a return reads, as one string: returns with equal inputs get equal
 * checkScope and closestScopeCriterion results. The editor re-runs the test (and rebuilds its
 * texts) only when this changes, not on every keystroke elsewhere in the return.
 */
export function scopeInputs(report: Report, edition?: Edition): string {
  const r = readerOf(report, edition);
  if (!r) return '';
  const parts: string[] = [r.edition.id, r.edition.scopeRuleSet];
  const visit = (t: ScopeTerm): void => {
    switch (t.kind) {
      case 'division':
      case 'industry':
        parts.push(field(r, 'B09'));
        return;
      case 'flag':
        parts.push(field(r, t.field));
        return;
      case 'atLeast':
      case 'positive':
        parts.push(String(r.values.num(t.ref)));
        return;
      case 'share':
        parts.push(String(r.values.num(t.part)), String(r.values.num(t.whole)));
        return;
      case 'anyOf':
        t.terms.forEach(visit);
    }
  };
  for (const c of criteriaOf(r)) c.terms.forEach(visit);
  return parts.join('|');
}

export interface ClosestCriterion {
  readonly id: string;
  /** 0–1: the mean of how far each term is met. */
  readonly closeness: number;
  /** The terms that do not hold, in Chinese with the figures. */
  readonly unmet: string[];
  /** The same terms in English. */
  readonly unmetEn: string[];
}

/**
 * The scope criterion an annual return comes closest to meeting, with its unmet terms (used by
 * X-SCOPE's message). Closeness is the mean over the criterion's terms of how far each is met
 * (a threshold by the ratio reached, a yes/no term 0 or 1); ties go to the earlier criterion.
 * Undefined for a monthly return or an edition without criteria. `edition` defaults to the report's own.
 */
export function closestScopeCriterion(report: Report, edition?: Edition): ClosestCriterion | undefined {
  const r = readerOf(report, edition);
  if (!r) return undefined;
  let best: ClosestCriterion | undefined;
  for (const c of criteriaOf(r)) {
    const progress = c.terms.map((t) => Math.min(1, termProgress(t, r)));
    const closeness = progress.reduce((a, b) => a + b, 0) / Math.max(1, progress.length);
    if (best && closeness <= best.closeness) continue;
    const failing = c.terms.filter((t) => !termHolds(t, r));
    const unmet = failing.map((t) => termText(t, r));
    const unmetEn = failing.map((t) => glossUnits(termTextEn(t, r)));
    best = { id: c.id, closeness, unmet, unmetEn };
  }
  return best;
}
