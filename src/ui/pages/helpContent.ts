// Pure helpers of the help pages (审核规则, 填报流程): rule families, the rules filter, and the survey
// scope criteria of an edition in words. No Solid, no DOM: the pages pass the translator in.
import type { Edition, RuleDef, ScopeCriterion, ScopeTerm, Severity } from '../../core';
import type { MessageKey } from '../i18n';

/** The translator the texts are built with: `t` in the pages, a dictionary lookup in tests. */
export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/** A rule's family: its ID prefix before the first "-" ('T2-BALANCE' → 'T2', 'X-AI-RD' → 'X'). */
export function familyOf(id: string): string {
  const dash = id.indexOf('-');
  return dash <= 0 ? id : id.slice(0, dash);
}

export interface RuleFamily {
  readonly family: string;
  readonly rules: readonly RuleDef[];
}

/** Rules grouped by family; families in the order of their first rule, rules in edition order. */
export function groupByFamily(rules: readonly RuleDef[]): RuleFamily[] {
  const groups = new Map<string, RuleDef[]>();
  for (const rule of rules) {
    const family = familyOf(rule.id);
    const group = groups.get(family);
    if (group) group.push(rule);
    else groups.set(family, [rule]);
  }
  return [...groups].map(([family, members]) => ({ family, rules: members }));
}

export interface RuleFilter {
  readonly severity: Severity | 'all';
  /** Words that must all occur in the rule's ID, title, check or example (any case, any width). */
  readonly query: string;
}

const fold = (s: string): string => s.normalize('NFKC').toLowerCase();

/** The rules that pass the filter, in their order. */
export function filterRules(rules: readonly RuleDef[], filter: RuleFilter): RuleDef[] {
  const words = fold(filter.query)
    .split(/\s+/)
    .filter((w) => w !== '');
  return rules.filter((rule) => {
    if (filter.severity !== 'all' && rule.severity !== filter.severity) return false;
    if (words.length === 0) return true;
    const text = fold(`${rule.id} ${rule.title} ${rule.check} ${rule.example}`);
    return words.every((w) => text.includes(w));
  });
}

/** An indicator of the edition's annual return named by a cell ref ('T2.F11.thisYear') or a code. */
export interface NamedIndicator {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
}

/** The annual indicator of `ref` ('T2.F11.thisYear', or 'T1.B15' for a field). */
export function indicatorOf(edition: Edition, ref: string): NamedIndicator {
  const [table, code = ref] = ref.split('.');
  for (const t of edition.tables.annual) {
    if (t.id !== table) continue;
    const row = t.rows.find((r) => r.code === code);
    if (row) return { code: row.code, name: row.name, nameEn: row.nameEn };
  }
  return { code, name: code, nameEn: code };
}

/** How a scope term is written: the translator and whether names are shown in English. */
export interface ScopeWriter {
  readonly edition: Edition;
  readonly t: Translate;
  readonly english: boolean;
}

function named(w: ScopeWriter, ref: string): { name: string; code: string } {
  const ind = indicatorOf(w.edition, ref);
  // The English gloss of a "其中" row starts with "of which: ", which reads wrongly out of the table.
  return { name: w.english ? ind.nameEn.replace(/^of which:\s*/i, '') : ind.name, code: ind.code };
}

/** One term of a scope criterion in words, e.g. "主营业务收入（F11）≥ 500 万元". */
export function scopeTermText(w: ScopeWriter, term: ScopeTerm): string {
  const list = (items: readonly string[]) => items.join(w.t('help.list'));
  switch (term.kind) {
    case 'division':
      return w.t('help.scope.division', { ...named(w, 'T1.B09'), divisions: list(term.divisions) });
    case 'industry':
      return w.t('help.scope.industry', { ...named(w, 'T1.B09'), codes: list(term.codes) });
    case 'flag':
      return w.t('help.scope.flag', named(w, `T1.${term.field}`));
    case 'atLeast':
      return w.t('help.scope.atLeast', { ...named(w, term.ref), amount: term.amount });
    case 'positive':
      return w.t('help.scope.positive', named(w, term.ref));
    case 'share': {
      const part = named(w, term.part);
      const whole = named(w, term.whole);
      return w.t('help.scope.share', {
        part: part.name,
        partCode: part.code,
        whole: whole.name,
        wholeCode: whole.code,
        percent: term.percent,
      });
    }
    case 'anyOf':
      return w.t('help.scope.group', {
        terms: term.terms.map((x) => scopeTermText(w, x)).join(w.t('help.scope.or')),
      });
  }
}

/** A whole criterion: all its terms, joined by "and". */
export function scopeCriterionText(w: ScopeWriter, criterion: ScopeCriterion): string {
  return criterion.terms.map((term) => scopeTermText(w, term)).join(w.t('help.scope.and'));
}

/** True when the review units' deadline comes before the enterprises' (as in the 2020 notice). */
export function reviewUnitFirst(edition: Edition): boolean {
  return Date.parse(edition.deadlines.reviewUnit) < Date.parse(edition.deadlines.annual);
}
