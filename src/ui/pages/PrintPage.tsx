// The printable return: each table on its own A4 page with the form's header (表号, 单位名称,
// 统一社会信用代码, 报告期), computed values filled in and signature lines, then a page with the
// findings and their explanations — what an enterprise files on paper next to the upload.
import { For, Show, createMemo } from 'solid-js';
import type { ReportKind } from '../../core';
import { getCell, getEdition, layoutOf } from '../../core';
import { ReportTable } from '../components/ReportTable';
import { StatusBadge } from '../components/StatusBadge';
import { createLive, valueOf } from '../data/createLive';
import { shanghaiToday } from '../data/today';
import { getRepository } from '../data/repository';
import { checkReturn, reportsOf } from '../data/storedReports';
import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import { hrefOf } from '../router/route';
import { periodName } from './ReturnsPage';
import { findingText, officialName, tableTitle } from '../i18n/content';

export function PrintPage(props: { enterpriseId: string; kind: ReportKind; period: string }) {
  const rows = createLive(() => getRepository().watchReturns(props.enterpriseId));
  const all = createMemo(() => reportsOf(valueOf(rows()) ?? []));
  const report = createMemo(() => all().find((r) => r.kind === props.kind && r.period === props.period));
  const checked = createMemo(() => {
    const r = report();
    return r ? checkReturn(r, all(), shanghaiToday()()) : undefined;
  });

  return (
    <Show
      when={report()}
      fallback={
        <p>
          {rows().state === 'ready' ? t('editor.notFoundReturn', { period: props.period }) : t('app.loading')}
        </p>
      }
    >
      {(r) => {
        const edition = getEdition(r().edition);
        const layout = layoutOf(edition, props.kind);
        const name = () => getCell(r(), 'T1.B03.value') ?? '';
        const code = () => getCell(r(), 'T1.B01.value') ?? '';
        return (
          <article class="print-view">
            <div class="no-print print-actions">
              <button type="button" class="primary" onClick={() => window.print()}>
                {t('print.print')}
              </button>
              <a
                href={hrefOf({
                  name: 'editor',
                  id: props.enterpriseId,
                  kind: props.kind,
                  period: props.period,
                })}
              >
                {t('print.back')}
              </a>
              <span class="muted small">{t('print.hint')}</span>
            </div>
            <For each={layout.tables}>
              {(table) => (
                <section class="print-page" data-print-table={table.id}>
                  <header class="print-head">
                    <h1>{tableTitle(table)}</h1>
                    <p class="print-meta">
                      <span>{t('print.formNo', { formNo: table.formNo })}</span>
                      <span>{t('print.issuer', { issuer: officialName(edition.issuer) })}</span>
                      <span>
                        {t('print.approval', {
                          approver: officialName(edition.approver),
                          approvalNo: edition.approvalNo,
                        })}
                      </span>
                    </p>
                    <p class="print-meta">
                      <span>{t('print.unitName', { name: name() })}</span>
                      <span>{t('print.uscc', { code: code() })}</span>
                      <span>{t('print.period', { period: periodName(props.kind, props.period) })}</span>
                    </p>
                  </header>
                  <ReportTable table={table} report={r()} />
                  <footer class="signatures">
                    <span>{t('print.head')}</span>
                    <span>{t('print.statHead')}</span>
                    <span>{t('print.filler')}</span>
                    <span>{t('print.phone')}</span>
                    <span>{t('print.date')}</span>
                  </footer>
                </section>
              )}
            </For>
            <section class="print-page" data-print-table="findings">
              <header class="print-head">
                <h1>{t('print.findingsTitle')}</h1>
                <p class="print-meta">
                  <span>{t('print.unitName', { name: name() })}</span>
                  <span>{t('print.period', { period: periodName(props.kind, props.period) })}</span>
                  <Show when={checked()}>{(c) => <StatusBadge status={c().status} />}</Show>
                </p>
              </header>
              <Show when={(checked()?.findings.length ?? 0) > 0} fallback={<p>{t('findings.none')}</p>}>
                <ol class="print-findings">
                  <For each={checked()?.findings ?? []}>
                    {(f) => (
                      <li>
                        <strong>{t(`severity.${f.severity}` as MessageKey)}</strong> {f.ruleId}
                        {t('punct.colon')}
                        {findingText(f)}
                        <Show when={r().explanations[f.key]}>
                          {(text) => (
                            <p class="print-explanation">
                              {t('explanation.label')}
                              {t('punct.colon')}
                              {text()}
                            </p>
                          )}
                        </Show>
                      </li>
                    )}
                  </For>
                </ol>
              </Show>
            </section>
          </article>
        );
      }}
    </Show>
  );
}
