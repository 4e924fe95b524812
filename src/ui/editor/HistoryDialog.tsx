// 历史版本: every saved state of the return, newest first, with what changed from the state
// before it; any of them can be restored (restoring is itself a new version, so it can be undone).
import { For, Show, createResource } from 'solid-js';
import type { Layout } from '../../core';
import type { RevisionRow } from '../../storage';
import { Modal } from '../components/Modal';
import { showToast } from '../components/Toast';
import { errorText } from '../data/errorText';
import { getRepository } from '../data/repository';
import { formatDateTime } from '../format';
import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import { summarise } from './historySummary';

export function HistoryDialog(props: {
  open: boolean;
  onClose: () => void;
  returnId: string;
  layout: Layout;
}) {
  const [entries] = createResource(
    () => (props.open ? { id: props.returnId, layout: props.layout } : undefined),
    async ({ id, layout }) => summarise(await getRepository().listRevisions(id), layout),
  );
  const restore = async (revision: RevisionRow) => {
    try {
      await getRepository().restoreRevision(revision.id);
      showToast(t('history.restored', { time: formatDateTime(revision.savedAt) }));
      props.onClose();
    } catch (e) {
      showToast(errorText(e));
    }
  };
  return (
    <Modal
      open={props.open}
      onOpenChange={(open) => !open && props.onClose()}
      title={t('history.title')}
      description={t('history.description')}
    >
      <Show when={entries()} fallback={<p>{t('app.loading')}</p>}>
        {(list) => (
          <ol class="history-list">
            <For each={list()}>
              {(entry, i) => (
                <li data-revision={entry.revision.id}>
                  <div>
                    <strong>{formatDateTime(entry.revision.savedAt)}</strong>{' '}
                    <span class="muted small">
                      {t(`history.reason.${entry.revision.reason}` as MessageKey)}
                    </span>
                    <Show when={i() === 0}>
                      <span class="badge badge-none">{t('history.current')}</span>
                    </Show>
                  </div>
                  <p class="small">{entry.summary}</p>
                  <Show when={i() > 0}>
                    <button type="button" onClick={() => void restore(entry.revision)}>
                      {t('history.restore')}
                    </button>
                  </Show>
                </li>
              )}
            </For>
          </ol>
        )}
      </Show>
    </Modal>
  );
}
