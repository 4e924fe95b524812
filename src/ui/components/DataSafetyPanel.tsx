// 数据安全: whether the browser promised to keep this site's data (persist()), how much space is
// used, a backup of everything as one file and restoring it (preview, merge or replace), and a
// reminder when nothing has been backed up for 30 days.
import { For, Show, createResource, createSignal, onMount } from 'solid-js';
import type { Message } from '../../core';
import { errorMessage, errorText } from '../data/errorText';
import { messageText } from '../i18n/content';
import { getEnterprises } from '../data/enterprises';
import { formatDateTime, shanghaiDateStamp } from '../format';
import { t } from '../i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { Modal } from './Modal';
import { showToast } from './Toast';
import { download } from './download';

export const LAST_BACKUP_KEY = 'lastBackupAt';
const REMIND_AFTER_MS = 30 * 24 * 3600_000;

interface StorageInfo {
  readonly persisted: boolean | undefined;
  readonly usage: number | undefined;
  readonly quota: number | undefined;
}

async function storageInfo(): Promise<StorageInfo> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage) return { persisted: undefined, usage: undefined, quota: undefined };
  let persisted = await storage.persisted?.();
  // Ask once per visit; browsers grant it silently or not at all (no prompt in Chromium).
  if (persisted === false) persisted = await storage.persist?.().catch(() => false);
  const estimate = await storage.estimate?.().catch(() => undefined);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

const mb = (bytes: number | undefined) => (bytes === undefined ? '—' : (bytes / 1024 / 1024).toFixed(1));
/** What is left of the quota (the browser reports the quota as a total, used space included). */
const freeBytes = (s: { usage: number | undefined; quota: number | undefined }) =>
  s.quota === undefined ? undefined : Math.max(0, s.quota - (s.usage ?? 0));

interface Preview {
  readonly dump: unknown;
  readonly fileName: string;
  readonly enterprises: number;
  readonly returns: number;
  readonly exportedAt: string | undefined;
}

function previewOf(dump: unknown, fileName: string): Preview | string {
  if (
    typeof dump !== 'object' ||
    dump === null ||
    (dump as { format?: unknown }).format !== 'softstat-backup'
  )
    return t('backup.notBackup', { file: fileName });
  const d = dump as { enterprises?: unknown; returns?: unknown; exportedAt?: unknown };
  return {
    dump,
    fileName,
    enterprises: Array.isArray(d.enterprises) ? d.enterprises.length : 0,
    returns: Array.isArray(d.returns) ? d.returns.length : 0,
    exportedAt: typeof d.exportedAt === 'string' ? d.exportedAt : undefined,
  };
}

export function DataSafetyPanel(props: { enterpriseCount: number; oldestCreatedAt: string | undefined }) {
  const store = getEnterprises();
  const [info, { refetch }] = createResource(storageInfo);
  const [lastBackup, { refetch: refetchBackup }] = createResource(async () => {
    const v = await store.getSetting(LAST_BACKUP_KEY);
    return typeof v === 'string' ? v : null;
  });
  const [preview, setPreview] = createSignal<Preview>();
  const [problems, setProblems] = createSignal<(Message | string)[]>([]);
  const [confirmReplace, setConfirmReplace] = createSignal(false);
  let fileInput: HTMLInputElement | undefined;

  onMount(() => void refetch());

  const remind = () => {
    if (props.enterpriseCount === 0 || lastBackup.loading) return false;
    const since = lastBackup() ?? props.oldestCreatedAt;
    return since !== undefined && Date.now() - Date.parse(since) > REMIND_AFTER_MS;
  };

  const backup = async () => {
    try {
      const { getRepository } = await import('../data/repository');
      const dump = await getRepository().exportAll();
      const stamp = shanghaiDateStamp();
      download(JSON.stringify(dump), t('backup.fileName', { date: stamp }), 'application/json');
      await store.setSetting(LAST_BACKUP_KEY, new Date().toISOString());
      void refetchBackup();
    } catch (e) {
      showToast(t('backup.failed', { message: errorText(e) }));
    }
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setProblems([]);
    if (file.size > 200 * 1024 * 1024) {
      setProblems([t('backup.tooLarge', { file: file.name })]);
      return;
    }
    let dump: unknown;
    try {
      dump = JSON.parse(await file.text());
    } catch {
      setProblems([t('backup.notJson', { file: file.name })]);
      return;
    }
    const p = previewOf(dump, file.name);
    if (typeof p === 'string') setProblems([p]);
    else setPreview(p);
  };

  const restore = async (mode: 'merge' | 'replace') => {
    const p = preview();
    if (!p) return;
    try {
      const { getRepository } = await import('../data/repository');
      const result = await getRepository().importAll(p.dump, mode);
      if (!result.ok) {
        setProblems(result.problems);
        return;
      }
      setPreview(undefined);
      showToast(
        t('backup.restored', { enterprises: result.counts.enterprises, returns: result.counts.returns }),
      );
      void refetch();
    } catch (e) {
      setProblems([errorMessage(e)]);
    }
  };

  return (
    <section class="data-safety" aria-labelledby="data-safety-heading">
      <h2 id="data-safety-heading">{t('backup.heading')}</h2>
      <Show when={remind()}>
        <p class="banner banner-warn" role="alert">
          {t('backup.reminder')}
        </p>
      </Show>
      <p class="small" data-testid="storage-status">
        <Show when={info()} fallback={t('app.loading')}>
          {(i) => (
            <>
              {i().persisted === true
                ? t('storage.persisted')
                : i().persisted === false
                  ? t('storage.notPersisted')
                  : t('storage.unknown')}{' '}
              {t('storage.usage', { used: mb(i().usage), free: mb(freeBytes(i())) })}
            </>
          )}
        </Show>
      </p>
      <p class="small muted">
        {lastBackup()
          ? t('backup.last', { time: formatDateTime(lastBackup() ?? undefined) })
          : t('backup.never')}
      </p>
      <div class="toolbar-left">
        <button type="button" onClick={() => void backup()}>
          {t('backup.export')}
        </button>
        <button type="button" onClick={() => fileInput?.click()}>
          {t('backup.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          class="sr-only"
          tabIndex={-1}
          aria-label={t('backup.import')}
          data-testid="backup-file"
          onChange={(e) => {
            void pick(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </div>
      <Show when={problems().length > 0}>
        <ul class="form-problem" role="alert">
          <For each={problems()}>{(p) => <li>{messageText(p)}</li>}</For>
        </ul>
      </Show>
      <Modal
        open={preview() !== undefined}
        onOpenChange={(open) => !open && setPreview(undefined)}
        title={t('backup.previewTitle')}
      >
        <p>
          {t('backup.previewBody', {
            file: preview()?.fileName ?? '',
            time: formatDateTime(preview()?.exportedAt),
            enterprises: preview()?.enterprises ?? 0,
            returns: preview()?.returns ?? 0,
          })}
        </p>
        <p class="small muted">{t('backup.modes')}</p>
        <div class="modal-actions">
          <button type="button" onClick={() => setPreview(undefined)}>
            {t('common.cancel')}
          </button>
          <button type="button" class="primary" onClick={() => void restore('merge')}>
            {t('backup.merge')}
          </button>
          <button type="button" class="danger" onClick={() => setConfirmReplace(true)}>
            {t('backup.replace')}
          </button>
        </div>
      </Modal>
      <ConfirmDialog
        open={confirmReplace()}
        title={t('backup.replaceTitle')}
        body={t('backup.replaceBody')}
        confirmLabel={t('backup.replace')}
        onCancel={() => setConfirmReplace(false)}
        onConfirm={() => {
          setConfirmReplace(false);
          void restore('replace');
        }}
      />
    </section>
  );
}
