// 汇总: totals of the batch's returns (core's aggregateReports), two charts — software revenue by
// review unit and the revenue mix by category — and the summary workbook of exchange.md.
import { For, Show, createMemo, createSignal, lazy } from 'solid-js';
import type { Report } from '../../core';
import { aggregateReports, formatGrouped, getEdition, layoutOf } from '../../core';
import type { BatchRow } from '../../storage';
import { showToast } from '../components/Toast';
import { download } from '../components/download';
import { createLater } from '../data/createLater';
import { errorText } from '../data/errorText';
import { isEnglish, t } from '../i18n';
import { unitLabel } from '../i18n/content';
import type { BoardRow } from './boardRows';
import { KEY_FIGURES } from './boardRows';
import { unitName } from './DistrictPage';

// The chart library loads only when a batch has returns to chart.
const BarChart = lazy(() => import('./BarChart').then((m) => ({ default: m.BarChart })));

/** Software revenue and its four categories per kind. */
const MIX: Readonly<Record<Report['kind'], { total: string; parts: readonly string[] }>> = {
  annual: {
    total: 'T3.Y01.thisYear',
    parts: ['T3.Y02.thisYear', 'T3.Y05.thisYear', 'T3.Y10.thisYear', 'T3.Y12.thisYear'],
  },
  monthly: { total: 'M.2020.ytd', parts: ['M.2021.ytd', 'M.2022.ytd', 'M.2023.ytd', 'M.2024.ytd'] },
};

const shown = (v: number | undefined, ref: string) =>
  v === undefined
    ? '—'
    : formatGrouped(
        Math.round(v * (ref.endsWith('Y17.thisYear') || ref.startsWith('M.2112') ? 1 : 100)),
        ref.endsWith('Y17.thisYear') || ref.startsWith('M.2112') ? 'count' : 'amount',
      );

export function SummaryPanel(props: { batch: BatchRow; rows: readonly BoardRow[] }) {
  // The totals of a thousand returns take a while: they follow the board in a task of their own
  // instead of lengthening the one that shows it.
  const rows = createLater<readonly BoardRow[]>(() => props.rows, []);
  // The totals are of the returns counted (boardRows: not out of scope, not sent back); every
  // return is still in the workbook's lists, marked 计入汇总 是 or 否.
  const reports = createMemo(() => rows().flatMap((r) => (r.report && !r.excluded ? [r.report] : [])));
  const leftOut = createMemo(() => {
    const n = { outOfScope: 0, returned: 0 };
    for (const r of rows()) {
      if (r.excluded === '不在调查范围') n.outOfScope++;
      else if (r.excluded === '退回') n.returned++;
    }
    return n;
  });
  const layout = () => layoutOf(getEdition(props.batch.edition), props.batch.kind);
  const total = createMemo(() =>
    reports().length > 0 ? aggregateReports(reports(), 'total').groups[0] : undefined,
  );
  const byUnit = createMemo(() =>
    reports().length > 0 ? aggregateReports(reports(), 'reviewUnit').groups : [],
  );
  const nameOf = (ref: string) => {
    const indicator = layout().byRef.get(ref)?.indicator;
    if (!indicator) return ref;
    return isEnglish() ? `${indicator.name} (${indicator.nameEn})` : indicator.name; // glossed in English
  };
  const [busy, setBusy] = createSignal(false);

  const downloadSummary = async () => {
    setBusy(true);
    try {
      const { writeSummaryWorkbook, summaryFileName } = await import('../../excel/summaryWorkbook');
      const withReports = props.rows.filter((r) => r.report);
      const bytes = writeSummaryWorkbook(
        withReports.map((r) => r.report as Report),
        withReports.map((r) => r.findings),
        {
          unitName: unitName(props.batch.edition, props.batch.reviewUnit),
          excluded: withReports.map((r) => r.excluded),
        },
      );
      download(
        bytes,
        summaryFileName(unitName(props.batch.edition, props.batch.reviewUnit), props.batch.period),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
    } catch (e) {
      showToast(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('district.summary')}</h2>
      <Show when={total()} fallback={<p class="muted">{t('district.summaryEmpty')}</p>}>
        {(g) => (
          <>
            <p class="muted" data-testid="summary-counted">
              {t('district.summaryCounted', {
                count: reports().length,
                outOfScope: leftOut().outOfScope,
                returned: leftOut().returned,
              })}
            </p>
            <table class="list-table summary-table" data-testid="summary-totals">
              <thead>
                <tr>
                  <th scope="col">{t('editor.colName')}</th>
                  <th scope="col">{t('district.sum')}</th>
                  <th scope="col">{t('district.enterprises')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={KEY_FIGURES[props.batch.kind]}>
                  {(ref) => (
                    <tr data-ref={ref}>
                      <th scope="row">{nameOf(ref)}</th>
                      <td class="num">{shown(g().values[ref], ref)}</td>
                      <td class="num">{g().counts[ref] ?? 0}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <div class="charts">
              <BarChart
                title={t('district.chartByUnit', { name: nameOf(MIX[props.batch.kind].total) })}
                labels={byUnit().map((u) => u.label)}
                values={byUnit().map((u) => u.values[MIX[props.batch.kind].total] ?? 0)}
                unit={unitLabel('万元')}
              />
              <BarChart
                title={t('district.chartMix')}
                labels={MIX[props.batch.kind].parts.map(nameOf)}
                values={MIX[props.batch.kind].parts.map((ref) => g().values[ref] ?? 0)}
                unit={unitLabel('万元')}
              />
            </div>
          </>
        )}
      </Show>
      <button
        type="button"
        class="primary"
        disabled={busy() || reports().length === 0}
        onClick={() => void downloadSummary()}
      >
        {t('district.downloadSummary')}
      </button>
    </section>
  );
}
