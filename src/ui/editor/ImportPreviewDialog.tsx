// The import preview: what the file would change (cell, old → new), the explanations it brings,
// the notes of the reader and the findings of the imported return. Nothing is stored until the
// user confirms.
import { For, Show, createMemo } from 'solid-js';
import type { Finding, Layout, Message, Report } from '../../core';
import { diffReports, returnStatus } from '../../core';
import { Modal } from '../components/Modal';
import { StatusBadge } from '../components/StatusBadge';
import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import { cellAriaLabel } from './labels';
import { findingText, messageText } from '../i18n/content';

export interface PendingImport {
  readonly fileName: string;
  readonly report: Report;
  readonly findings: Finding[];
  readonly notes: Message[];
  /** The file names another credit code than this enterprise's: the two codes (normalised). */
  readonly otherEnterprise?: { readonly file: string; readonly current: string };
}

const SHOWN = 300;

export function ImportPreviewDialog(props: {
  pending: PendingImport | undefined;
  current: Report;
  layout: Layout;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const diff = createMemo(() =>
    props.pending ? diffReports(props.current, props.pending.report) : undefined,
  );
  const counts = createMemo(() => {
    const c = { error: 0, verify: 0, hint: 0 };
    for (const f of props.pending?.findings ?? []) c[f.severity]++;
    return c;
  });
  const label = (ref: string) => {
    const def = props.layout.byRef.get(ref);
    return def
      ? `${def.table.formNo} ${cellAriaLabel(def)}${t('punct.paren', { text: def.indicator.code })}`
      : ref;
  };
  return (
    <Modal
      open={props.pending !== undefined}
      onOpenChange={(open) => !open && props.onCancel()}
      title={t('import.previewTitle', { file: props.pending?.fileName ?? '' })}
      description={t('import.previewDescription')}
    >
      <Show when={props.pending && diff()}>
        {(d) => (
          <div class="import-preview">
            <Show when={props.pending?.otherEnterprise}>
              {(o) => (
                <p class="warning" role="alert" data-testid="import-other-enterprise">
                  {t('import.otherEnterprise', { file: o().file, current: o().current })}
                </p>
              )}
            </Show>
            <p data-testid="import-summary">
              {t('import.changes', { cells: d().cells.length, explanations: d().explanations.length })}{' '}
              <Show when={props.pending}>
                {(p) => <StatusBadge status={returnStatus(p().report, p().findings)} />}
              </Show>
            </p>
            <p class="small">{t('findings.summary', counts())}</p>
            <Show when={(props.pending?.notes.length ?? 0) > 0}>
              <ul class="small notes">
                <For each={props.pending?.notes ?? []}>{(n) => <li>{messageText(n)}</li>}</For>
              </ul>
            </Show>
            <Show when={d().cells.length > 0} fallback={<p>{t('import.noChange')}</p>}>
              <div class="diff-wrap">
                <table class="diff-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('import.colCell')}</th>
                      <th scope="col">{t('import.colOld')}</th>
                      <th scope="col">{t('import.colNew')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={d().cells.slice(0, SHOWN)}>
                      {(c) => (
                        <tr data-diff={c.ref}>
                          <th scope="row">{label(c.ref)}</th>
                          <td>{c.before ?? '—'}</td>
                          <td>{c.after ?? '—'}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
              <Show when={d().cells.length > SHOWN}>
                <p class="small muted">{t('import.more', { count: d().cells.length - SHOWN })}</p>
              </Show>
            </Show>
            <Show when={(props.pending?.findings.length ?? 0) > 0}>
              <details>
                <summary>{t('import.findings')}</summary>
                <ul class="small">
                  <For each={props.pending?.findings ?? []}>
                    {(f) => (
                      <li>{`${t(`severity.${f.severity}` as MessageKey)} ${f.ruleId}${t('punct.colon')}${findingText(f)}`}</li>
                    )}
                  </For>
                </ul>
              </details>
            </Show>
            <div class="modal-actions">
              <button type="button" onClick={() => props.onCancel()}>
                {t('common.cancel')}
              </button>
              <button type="button" class="primary" onClick={() => props.onConfirm()}>
                {t('import.confirm')}
              </button>
            </div>
          </div>
        )}
      </Show>
    </Modal>
  );
}
