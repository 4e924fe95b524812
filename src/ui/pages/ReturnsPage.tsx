// One enterprise: its annual return and the twelve monthly returns of the edition, each with its
// status, last save, deadline and days left (late ones flagged).
import { For, Show, createMemo } from 'solid-js';
import type { Edition, ReportKind } from '../../core';
import { deadlineStatus, editionIds, getEdition } from '../../core';
import { StatusBadge } from '../components/StatusBadge';
import { WorkspaceBanner } from '../components/WorkspaceBanner';
import { createLive, valueOf } from '../data/createLive';
import { shanghaiToday } from '../data/today';
import { getRepository } from '../data/repository';
import { checkReturn, reportsOf } from '../data/storedReports';
import { formatDateTime } from '../format';
import { t } from '../i18n';
import { hrefOf } from '../router/route';
import { officialName } from '../i18n/content';

interface Slot {
  readonly edition: Edition;
  readonly kind: ReportKind;
  readonly period: string;
}

function slotsOf(edition: Edition): Slot[] {
  const months = Array.from(
    { length: 12 },
    (_, i) => `${edition.monthlyYear}-${String(i + 1).padStart(2, '0')}`,
  );
  return [
    { edition, kind: 'annual', period: edition.annualPeriod },
    ...months.map((period): Slot => ({ edition, kind: 'monthly', period })),
  ];
}

export function periodName(kind: ReportKind, period: string): string {
  if (kind === 'annual') return t('returns.annualName', { year: period });
  return t('returns.monthlyName', { year: period.slice(0, 4), month: Number(period.slice(5)) });
}

export function ReturnsPage(props: { enterpriseId: string }) {
  const repo = getRepository();
  const enterprise = createLive(() => repo.watchEnterprise(props.enterpriseId));
  const rows = createLive(() => repo.watchReturns(props.enterpriseId));
  const reports = createMemo(() => reportsOf(valueOf(rows()) ?? []));
  const today = shanghaiToday();

  const deadlineText = (slot: Slot, stored: boolean) => {
    const d = deadlineStatus(slot, slot.edition, today());
    const date = formatDateTime(d.deadline);
    if (d.late) return t(stored ? 'returns.lateSaved' : 'returns.late', { date, days: -d.daysLeft });
    return t('returns.daysLeft', { date, days: d.daysLeft });
  };

  return (
    <section class="page">
      <WorkspaceBanner enterprise={valueOf(enterprise())} />
      <nav aria-label={t('nav.breadcrumb')} class="breadcrumb">
        <a href={valueOf(enterprise())?.workspace === 'training' ? '#/training' : '#/'}>
          {t('nav.enterprises')}
        </a>
      </nav>
      <Show
        when={valueOf(enterprise())}
        fallback={
          <p role={enterprise().state === 'ready' ? 'alert' : undefined}>
            {enterprise().state === 'ready' ? t('returns.enterpriseMissing') : t('app.loading')}
          </p>
        }
      >
        {(e) => (
          <>
            <h1>{t('returns.heading', { name: e().name })}</h1>
            <For each={editionIds.map(getEdition)}>
              {(edition) => (
                <>
                  <p class="muted">
                    {t('returns.edition', {
                      name: officialName(edition.name),
                      approvalNo: edition.approvalNo,
                    })}
                  </p>
                  <table class="list-table returns-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('returns.colReturn')}</th>
                        <th scope="col">{t('returns.colStatus')}</th>
                        <th scope="col">{t('returns.colUpdated')}</th>
                        <th scope="col">{t('returns.colDeadline')}</th>
                        <th scope="col">{t('returns.colAction')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={slotsOf(edition)}>
                        {(slot) => {
                          const report = () =>
                            reports().find((r) => r.kind === slot.kind && r.period === slot.period);
                          const row = () =>
                            valueOf(rows())?.find((r) => r.kind === slot.kind && r.period === slot.period);
                          const status = () => {
                            const r = report();
                            return r ? checkReturn(r, reports(), today()).status : 'notStarted';
                          };
                          const late = () =>
                            deadlineStatus(slot, slot.edition, today()).late && status() !== '可上报';
                          return (
                            <tr data-return={`${slot.kind}:${slot.period}`} classList={{ late: late() }}>
                              <th scope="row">{periodName(slot.kind, slot.period)}</th>
                              <td>
                                <StatusBadge status={status()} />
                              </td>
                              <td>{formatDateTime(row()?.updatedAt)}</td>
                              <td classList={{ 'late-text': late() }}>
                                {deadlineText(slot, report() !== undefined)}
                              </td>
                              <td>
                                <a
                                  href={hrefOf({
                                    name: 'editor',
                                    id: props.enterpriseId,
                                    kind: slot.kind,
                                    period: slot.period,
                                  })}
                                >
                                  {report() ? t('returns.continue') : t('returns.start')}
                                </a>
                              </td>
                            </tr>
                          );
                        }}
                      </For>
                    </tbody>
                  </table>
                </>
              )}
            </For>
          </>
        )}
      </Show>
    </section>
  );
}
