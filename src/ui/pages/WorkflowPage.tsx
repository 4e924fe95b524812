// 填报流程: the five steps from filling in to the official platform, the deadlines of each edition
// (from the edition data, never written here) and its survey scope criteria (from scopeRuleSets).
import { For, Show } from 'solid-js';
import type { Edition } from '../../core';
import {
  MIN_EXPLANATION_CHARS,
  annualDeadline,
  cityDeadline,
  editionIds,
  getEdition,
  monthlyDeadline,
  reviewUnitDeadline,
  scopeRuleSets,
} from '../../core';
import { formatDateTime } from '../format';
import type { MessageKey } from '../i18n';
import { isEnglish, t } from '../i18n';
import { reviewUnitFirst, scopeCriterionText } from './helpContent';
import { officialName } from '../i18n/content';

const STEPS: readonly { readonly title: MessageKey; readonly body: MessageKey }[] = [
  { title: 'help.workflow.step1.title', body: 'help.workflow.step1.body' },
  { title: 'help.workflow.step2.title', body: 'help.workflow.step2.body' },
  { title: 'help.workflow.step3.title', body: 'help.workflow.step3.body' },
  { title: 'help.workflow.step4.title', body: 'help.workflow.step4.body' },
  { title: 'help.workflow.step5.title', body: 'help.workflow.step5.body' },
];

function Deadlines(props: { edition: Edition }) {
  const year = () => props.edition.annualPeriod;
  const firstMonth = () => `${props.edition.monthlyYear}-01`;
  const rows = (): readonly (readonly [string, string])[] => [
    [t('help.workflow.deadlineAnnual', { year: year() }), formatDateTime(annualDeadline(props.edition))],
    [
      t('help.workflow.deadlineReviewUnit', { year: year() }),
      formatDateTime(reviewUnitDeadline(props.edition)),
    ],
    [t('help.workflow.deadlineCity', { year: year() }), formatDateTime(cityDeadline(props.edition))],
    [
      t('help.workflow.deadlineMonthly', { year: props.edition.monthlyYear }),
      t('help.workflow.monthlyRule', {
        day: props.edition.deadlines.monthlyDay,
        month: 1,
        date: formatDateTime(monthlyDeadline(props.edition, firstMonth())),
      }),
    ],
  ];
  return (
    <>
      <table class="list-table help-deadlines">
        <thead>
          <tr>
            <th scope="col">{t('help.workflow.colWhat')}</th>
            <th scope="col">{t('help.workflow.colWhen')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={rows()}>
            {([what, when]) => (
              <tr>
                <th scope="row">{what}</th>
                <td>{when}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={reviewUnitFirst(props.edition)}>
        <p class="note">{t('help.workflow.reviewUnitFirst')}</p>
      </Show>
    </>
  );
}

function Scope(props: { edition: Edition }) {
  const writer = () => ({ edition: props.edition, t, english: isEnglish() });
  return (
    <>
      <p>{t('help.workflow.scopeIntro')}</p>
      <ul class="help-scope">
        <For each={scopeRuleSets[props.edition.scopeRuleSet]}>
          {(criterion) => (
            <li data-criterion={criterion.id}>
              {t('help.workflow.scopeCriterion', {
                id: criterion.id,
                terms: scopeCriterionText(writer(), criterion),
              })}
            </li>
          )}
        </For>
      </ul>
      <p class="muted">{t('help.workflow.scopeNote')}</p>
    </>
  );
}

export function WorkflowPage() {
  const editions = editionIds.map(getEdition);
  return (
    <section class="page help-page">
      <nav aria-label={t('nav.breadcrumb')} class="breadcrumb">
        <a href="#/">{t('nav.enterprises')}</a>
        {' · '}
        <a href="#/help/rules">{t('help.rules.link')}</a>
      </nav>
      <h1>{t('help.workflow.heading')}</h1>
      <p>{t('help.workflow.intro')}</p>
      <h2>{t('help.workflow.stepsHeading')}</h2>
      <ol class="help-steps">
        <For each={STEPS}>
          {(step, i) => (
            <li data-step={i() + 1}>
              <h3>{t(step.title)}</h3>
              <p>{t(step.body, { min: MIN_EXPLANATION_CHARS })}</p>
              <Show when={step.title === 'help.workflow.step2.title'}>
                <p>
                  <a href="#/help/rules">{t('help.workflow.toRules')}</a>
                </p>
              </Show>
            </li>
          )}
        </For>
      </ol>
      <For each={editions}>
        {(edition) => (
          <section class="help-section" data-edition={edition.id}>
            <h2>
              {t('help.workflow.edition', {
                name: officialName(edition.name),
                approvalNo: edition.approvalNo,
                issuer: officialName(edition.issuer),
                approver: officialName(edition.approver),
              })}
            </h2>
            <h3>{t('help.workflow.deadlinesHeading')}</h3>
            <Deadlines edition={edition} />
            <h3>{t('help.workflow.scopeHeading')}</h3>
            <Scope edition={edition} />
          </section>
        )}
      </For>
    </section>
  );
}
