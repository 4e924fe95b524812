// Export (XLSX in the official layout, JSON) and import (button or drop a file on the editor) of
// one return. SheetJS loads only when a workbook is written or read (dynamic import / worker).
import { For, Show, createSignal, onCleanup, onMount } from 'solid-js';
import type { Finding, Layout, Message, Report, ValidationContext } from '../../core';
import { isReady, normaliseUscc, serializeReport } from '../../core';
import { exportFileName } from '../../excel/fileName';
import { parseFileInWorker } from '../../workers/importClient';
import { Modal } from '../components/Modal';
import { showToast } from '../components/Toast';
import { download } from '../components/download';
import { errorMessage, errorText } from '../data/errorText';
import { t } from '../i18n';
import { messageText } from '../i18n/content';
import { periodName } from '../pages/ReturnsPage';
import type { PendingImport } from './ImportPreviewDialog';
import { ImportPreviewDialog } from './ImportPreviewDialog';

export interface ExchangeBarProps {
  readonly report: Report;
  /** The enterprise's credit code as recorded (blank when not known yet). */
  readonly enterpriseUscc: string | undefined;
  /** A training-mode enterprise: exported files are marked 练习 (name and cover). */
  readonly practice: boolean;
  readonly findings: Finding[];
  readonly layout: Layout;
  readonly context: () => ValidationContext;
  /** Saves pending edits first, so an import never races them. */
  flush(): Promise<void>;
  /** Stores the imported return (one transaction) and returns an undo. */
  replace(report: Report): Promise<() => Promise<void>>;
}

export function ExchangeBar(props: ExchangeBarProps) {
  const [pending, setPending] = createSignal<PendingImport>();
  const [problems, setProblems] = createSignal<{ file: string; list: (Message | string)[] }>();
  const [busy, setBusy] = createSignal(false);
  let input: HTMLInputElement | undefined;

  // The exported file says 可上报 (status ready) exactly when the checks say so; the editor never
  // stores that status itself, so it is decided here, the same for XLSX and JSON.
  const exported = (): Report => ({
    ...props.report,
    status: isReady(props.report, props.findings) ? 'ready' : 'draft',
  });

  const fileName = (ext: 'json' | 'xlsx') =>
    `${props.practice ? '练习_' : ''}${exportFileName(props.report, ext)}`;

  const exportJson = () => {
    download(serializeReport(exported(), props.findings), fileName('json'), 'application/json');
  };
  const exportXlsx = async () => {
    setBusy(true);
    try {
      const { writeWorkbook } = await import('../../excel/writeWorkbook');
      const bytes = writeWorkbook(exported(), props.findings, { practice: props.practice });
      download(bytes, fileName('xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    } catch (e) {
      showToast(t('export.failed', { message: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (file: File) => {
    setBusy(true);
    setProblems(undefined);
    try {
      const outcome = await parseFileInWorker(file, props.context());
      if (!outcome.ok) {
        setProblems({ file: file.name, list: outcome.problems });
        return;
      }
      const r = outcome.report;
      if (
        r.kind !== props.report.kind ||
        r.period !== props.report.period ||
        r.edition !== props.report.edition
      ) {
        setProblems({
          file: file.name,
          list: [
            t('import.wrongReturn', {
              file: periodName(r.kind, r.period),
              current: periodName(props.report.kind, props.report.period),
            }),
          ],
        });
        return;
      }
      // Another enterprise's file (same period) would replace this one's figures and identity:
      // allowed (a corrected code), but said plainly before the user confirms.
      const codeOf = (raw: string | undefined) => normaliseUscc(raw ?? '');
      const fileCode = codeOf(r.cells['T1.B01.value']?.raw);
      const current = codeOf(props.report.cells['T1.B01.value']?.raw) || codeOf(props.enterpriseUscc);
      const otherEnterprise =
        fileCode !== '' && current !== '' && fileCode !== current ? { file: fileCode, current } : undefined;
      setPending({
        fileName: file.name,
        report: r,
        findings: outcome.findings,
        notes: outcome.notes,
        ...(otherEnterprise ? { otherEnterprise } : {}),
      });
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    const p = pending();
    setPending(undefined);
    if (!p) return;
    try {
      await props.flush();
      const undo = await props.replace(p.report);
      showToast(t('import.done', { file: p.fileName }), () => {
        void undo().then(
          () => showToast(t('import.undone')),
          (e: unknown) => showToast(errorText(e)),
        );
      });
    } catch (e) {
      setProblems({ file: p.fileName, list: [errorMessage(e)] });
    }
  };

  // Dropping a file anywhere on the page imports it (with the preview, as the button does).
  onMount(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void importFile(file);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('drop', drop);
    onCleanup(() => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('drop', drop);
    });
  });

  return (
    <div class="exchange-bar">
      <button type="button" disabled={busy()} onClick={() => void exportXlsx()}>
        {t('export.xlsx')}
      </button>
      <button type="button" disabled={busy()} onClick={exportJson}>
        {t('export.json')}
      </button>
      <button type="button" disabled={busy()} onClick={() => input?.click()} title={t('import.dropHint')}>
        {t('import.button')}
      </button>
      <input
        ref={input}
        type="file"
        class="sr-only"
        tabIndex={-1}
        aria-label={t('import.button')}
        data-testid="import-file"
        accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />
      <ImportPreviewDialog
        pending={pending()}
        current={props.report}
        layout={props.layout}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(undefined)}
      />
      <Modal
        open={problems() !== undefined}
        onOpenChange={(open) => !open && setProblems(undefined)}
        title={t('import.failedTitle', { file: problems()?.file ?? '' })}
      >
        <div role="alert" data-testid="import-problems">
          <p>{t('import.nothingChanged')}</p>
          <ul>
            <For each={problems()?.list ?? []}>{(p) => <li>{messageText(p)}</li>}</For>
          </ul>
        </div>
        <div class="modal-actions">
          <button type="button" onClick={() => setProblems(undefined)}>
            {t('common.close')}
          </button>
        </div>
      </Modal>
      <Show when={busy()}>
        <span class="muted small" role="status">
          {t('import.working')}
        </span>
      </Show>
    </div>
  );
}
