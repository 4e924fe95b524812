// One enterprise's return in a batch, read-only: its tables, findings with the enterprise's
// explanations, and the reviewer's note and decision (审核通过 / 退回), stored with the batch.
import { For, Show, createMemo, createSignal } from 'solid-js';
import { getEdition, layoutOf, restoreReport, validateReport } from '../../core';
import { ReportTable } from '../components/ReportTable';
import { showToast } from '../components/Toast';
import { createLive, valueOf } from '../data/createLive';
import { shanghaiToday } from '../data/today';
import { errorText } from '../data/errorText';
import { getRepository } from '../data/repository';
import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import type { ReviewDecision } from '../../storage';
import { findingText } from '../i18n/content';
import { asOfFile } from './boardRows';

export function BatchItemPage(props: { batchId: string; itemId: string }) {
  const repo = getRepository();
  const items = createLive(() => repo.watchBatchItems(props.batchId));
  const item = createMemo(() => valueOf(items())?.find((i) => i.id === props.itemId));
  const report = createMemo(() => {
    const data = item()?.data;
    const r = data ? restoreReport(data, { checksum: 'ignore' }) : undefined;
    return r?.ok ? r.report : undefined;
  });
  const batch = createLive(() => repo.watchBatch(props.batchId));
  // Must-fix errors first, then what needs an explanation, then hints (the reviewer's order).
  const RANK = { error: 0, verify: 1, hint: 2 } as const;
  const findings = createMemo(() => {
    const r = report();
    const i = item();
    const found = r && i ? validateReport(r, { today: asOfFile(i, shanghaiToday()()) }) : [];
    return found
      .map((f, i) => ({ f, i }))
      .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
      .map((x) => x.f);
  });
  const errors = createMemo(() => findings().filter((f) => f.severity === 'error').length);
  const [note, setNote] = createSignal<string>();
  const [tab, setTab] = createSignal(0);
  let noteBox: HTMLTextAreaElement | undefined;

  const decide = async (decision: ReviewDecision) => {
    const i = item();
    if (!i) return;
    const text = note() ?? i.review.note;
    // 必改错误 must be fixed before a return goes up (the notice): it can only be sent back, and
    // sending back says what to correct.
    if (decision === 'approved' && errors() > 0)
      return showToast(t('district.cannotApprove', { count: errors() }));
    if (decision === 'returned' && text.trim() === '') {
      noteBox?.focus();
      return showToast(t('district.returnNeedsNote'));
    }
    try {
      await repo.setReview(i.id, decision, text);
      showToast(t(`district.decision.${decision}` as MessageKey));
    } catch (e) {
      showToast(errorText(e));
    }
  };

  return (
    <section class="page">
      <nav aria-label={t('nav.breadcrumb')} class="breadcrumb">
        <a href="#/district">{t('district.heading')}</a>
        <span aria-hidden="true"> › </span>
        <a href={`#/district/b/${encodeURIComponent(props.batchId)}`}>
          {valueOf(batch())?.name ?? t('district.backToBatch')}
        </a>
      </nav>
      <Show
        when={item() && report()}
        fallback={<p>{items().state === 'ready' ? t('district.itemMissing') : t('app.loading')}</p>}
      >
        <h1>{report()?.cells['T1.B03.value']?.raw ?? item()?.uscc}</h1>
        <p class="muted">{t('district.readOnly', { file: item()?.fileName ?? '' })}</p>
        <div class="review-box">
          <label class="field">
            <span>{t('district.reviewNote')}</span>
            <textarea
              ref={noteBox}
              rows={3}
              value={note() ?? item()?.review.note ?? ''}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          </label>
          <p>
            {t('district.decisionNow')}
            <strong data-testid="decision">
              {t(`district.decision.${item()?.review.decision ?? 'pending'}` as MessageKey)}
            </strong>
          </p>
          <div class="toolbar-left">
            <button
              type="button"
              class="primary"
              aria-disabled={errors() > 0 ? 'true' : undefined}
              onClick={() => void decide('approved')}
            >
              {t('district.approve')}
            </button>
            <button type="button" class="danger" onClick={() => void decide('returned')}>
              {t('district.return')}
            </button>
          </div>
        </div>
        <section aria-labelledby="item-findings">
          <h2 id="item-findings">{t('findings.heading')}</h2>
          <Show when={findings().length > 0} fallback={<p>{t('findings.none')}</p>}>
            <ul>
              <For each={findings()}>
                {(f) => (
                  <li class={`sev-${f.severity}`}>
                    <strong>{t(`severity.${f.severity}` as MessageKey)}</strong> {f.ruleId}
                    {t('punct.colon')}
                    {findingText(f)}
                    <Show when={report()?.explanations[f.key]}>
                      {(x) => (
                        <p class="print-explanation">
                          {t('explanation.label')}
                          {t('punct.colon')}
                          {x()}
                        </p>
                      )}
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </section>
        <Show when={report()}>
          {(r) => {
            const tables = layoutOf(getEdition(r().edition), r().kind).tables;
            return (
              <>
                <div class="tab-list" role="group" aria-label={t('editor.tablesLabel')}>
                  <For each={tables}>
                    {(table, i) => (
                      <button
                        type="button"
                        class="tab"
                        aria-pressed={tab() === i()}
                        data-selected={tab() === i() ? '' : undefined}
                        onClick={() => setTab(i())}
                      >
                        {table.formNo}
                      </button>
                    )}
                  </For>
                </div>
                <Show when={tables[tab()]}>{(table) => <ReportTable table={table()} report={r()} />}</Show>
              </>
            );
          }}
        </Show>
      </Show>
    </section>
  );
}
