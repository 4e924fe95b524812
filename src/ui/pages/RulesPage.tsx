// 审核规则: every rule of every edition this build knows, generated from the edition data (ID,
// severity, title, what it checks, an example, which returns), grouped by family, with a severity
// filter and a search box. Nothing here is written by hand: a rule changes in the edition module.
import { For, Show, createMemo, createSignal } from 'solid-js';
import type { Edition, RuleDef, Severity } from '../../core';
import { MIN_EXPLANATION_CHARS, editionIds, getEdition } from '../../core';
import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import { filterRules, groupByFamily } from './helpContent';
import type { RuleFilter } from './helpContent';
import { officialName, ruleText } from '../i18n/content';

const SEVERITIES: readonly Severity[] = ['error', 'verify', 'hint'];

const severityKey: Record<Severity, MessageKey> = {
  error: 'severity.error',
  verify: 'severity.verify',
  hint: 'severity.hint',
};

const badgeClass: Record<Severity, string> = {
  error: 'badge-error',
  verify: 'badge-verify',
  hint: 'badge-none',
};

const familyKeys: Readonly<Record<string, MessageKey>> = {
  F: 'help.rules.family.F',
  B: 'help.rules.family.B',
  T2: 'help.rules.family.T2',
  T3: 'help.rules.family.T3',
  T5: 'help.rules.family.T5',
  X: 'help.rules.family.X',
  Y: 'help.rules.family.Y',
  A: 'help.rules.family.A',
  M: 'help.rules.family.M',
};

const familyName = (family: string): string => {
  const key = familyKeys[family];
  return key ? t(key) : t('help.rules.familyOther', { family });
};

const kindsText = (rule: RuleDef): string =>
  rule.kinds
    .map((k) => t(k === 'annual' ? 'help.rules.kind.annual' : 'help.rules.kind.monthly'))
    .join(t('help.list'));

function RulesTable(props: { edition: Edition; filter: RuleFilter }) {
  const shown = createMemo(() => filterRules(props.edition.rules, props.filter));
  const headingId = () => `rules-${props.edition.id}`;
  return (
    <section class="help-section" aria-labelledby={headingId()}>
      <h2 id={headingId()}>
        {t('help.rules.edition', {
          name: officialName(props.edition.name),
          approvalNo: props.edition.approvalNo,
        })}
      </h2>
      <p class="muted" role="status">
        {t('help.rules.count', { shown: shown().length, total: props.edition.rules.length })}
      </p>
      <Show when={shown().length > 0} fallback={<p class="empty">{t('help.rules.none')}</p>}>
        <For each={groupByFamily(shown())}>
          {(group) => (
            <table class="list-table rules-table" data-family={group.family}>
              <caption>{familyName(group.family)}</caption>
              <thead>
                <tr>
                  <th scope="col" class="rules-col-id">
                    {t('help.rules.colId')}
                  </th>
                  <th scope="col" class="rules-col-severity">
                    {t('help.rules.colSeverity')}
                  </th>
                  <th scope="col" class="rules-col-title">
                    {t('help.rules.colTitle')}
                  </th>
                  <th scope="col">{t('help.rules.colCheck')}</th>
                  <th scope="col">{t('help.rules.colExample')}</th>
                  <th scope="col" class="rules-col-kinds">
                    {t('help.rules.colKinds')}
                  </th>
                </tr>
              </thead>
              <tbody>
                <For each={group.rules}>
                  {(rule) => (
                    <tr id={`rule-${props.edition.id}-${rule.id}`} data-rule={rule.id}>
                      <th scope="row" class="mono">
                        {rule.id}
                      </th>
                      <td>
                        <span class={`badge ${badgeClass[rule.severity]}`} data-severity={rule.severity}>
                          {t(severityKey[rule.severity])}
                        </span>
                      </td>
                      <td>
                        {ruleText(props.edition.id, rule).title}
                        <Show when={rule.reconstructed}>
                          <span class="mark">{t('editor.reconstructedMark')}</span>
                        </Show>
                      </td>
                      <td class="rules-text">{ruleText(props.edition.id, rule).check}</td>
                      <td class="rules-text rules-example">{ruleText(props.edition.id, rule).example}</td>
                      <td>{kindsText(rule)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          )}
        </For>
      </Show>
    </section>
  );
}

export function RulesPage() {
  const [severity, setSeverity] = createSignal<Severity | 'all'>('all');
  const [query, setQuery] = createSignal('');
  const filter = createMemo((): RuleFilter => ({ severity: severity(), query: query() }));
  const editions = editionIds.map(getEdition);

  return (
    <section class="page help-page">
      <nav aria-label={t('nav.breadcrumb')} class="breadcrumb">
        <a href="#/">{t('nav.enterprises')}</a>
        {' · '}
        <a href="#/help/workflow">{t('help.workflow.link')}</a>
      </nav>
      <h1>{t('help.rules.heading')}</h1>
      <p>{t('help.rules.intro')}</p>
      <ul class="help-severities">
        <li>
          <span class="badge badge-error">{t('severity.error')}</span> {t('help.rules.severityError')}
        </li>
        <li>
          <span class="badge badge-verify">{t('severity.verify')}</span>{' '}
          {t('help.rules.severityVerify', { min: MIN_EXPLANATION_CHARS })}
        </li>
        <li>
          <span class="badge badge-none">{t('severity.hint')}</span> {t('help.rules.severityHint')}
        </li>
      </ul>
      <p class="muted">{t('help.rules.conventions')}</p>
      <p class="note">{t('help.rules.codesNote', { mark: t('editor.reconstructedMark') })}</p>
      <form
        class="help-filter"
        role="search"
        aria-label={t('help.rules.filterLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          {t('help.rules.filterSeverity')}{' '}
          <select
            value={severity()}
            onChange={(e) => setSeverity(e.currentTarget.value as Severity | 'all')}
            data-testid="rules-severity"
          >
            <option value="all">{t('help.rules.allSeverities')}</option>
            <For each={SEVERITIES}>{(s) => <option value={s}>{t(severityKey[s])}</option>}</For>
          </select>
        </label>
        <label>
          {t('help.rules.search')}{' '}
          <input
            type="search"
            value={query()}
            placeholder={t('help.rules.searchPlaceholder')}
            onInput={(e) => setQuery(e.currentTarget.value)}
            data-testid="rules-search"
          />
        </label>
      </form>
      <For each={editions}>{(edition) => <RulesTable edition={edition} filter={filter()} />}</For>
    </section>
  );
}
