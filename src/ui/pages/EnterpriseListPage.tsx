// Home: the enterprises kept in this browser. Create one, open it, delete it (confirmed, undoable).
import { For, Match, Show, Switch, createSignal } from 'solid-js';
import type { EnterpriseRecord } from '../../storage';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { CreateEnterpriseDialog } from '../components/CreateEnterpriseDialog';
import { showToast } from '../components/Toast';
import { DataSafetyPanel } from '../components/DataSafetyPanel';
import { createLive, valueOf } from '../data/createLive';
import { errorText } from '../data/errorText';
import { getEnterprises } from '../data/enterprises';
import { formatDateTime } from '../format';
import { t } from '../i18n';
import { navigate } from '../router/currentRoute';
import { hrefOf } from '../router/route';

export function EnterpriseListPage() {
  const repo = getEnterprises();
  const enterprises = createLive(() => repo.watchEnterprises('main'));
  const [creating, setCreating] = createSignal(false);
  const [deleting, setDeleting] = createSignal<EnterpriseRecord>();

  const create = async (input: { name: string; uscc: string }) => {
    const record = await repo.createEnterprise(input);
    setCreating(false);
    navigate({ name: 'enterprise', id: record.id });
  };

  const confirmDelete = async () => {
    const target = deleting();
    setDeleting(undefined);
    if (!target) return;
    try {
      const snapshot = await repo.deleteEnterprise(target.id);
      showToast(t('enterprises.deleted', { name: target.name }), () => {
        void repo.restoreEnterprise(snapshot).catch((e: unknown) => showToast(errorText(e)));
      });
    } catch (e) {
      showToast(errorText(e));
    }
  };

  return (
    <section class="page" aria-labelledby="enterprises-heading">
      <div class="page-head">
        <h1 id="enterprises-heading">{t('enterprises.heading')}</h1>
        <button type="button" class="primary" onClick={() => setCreating(true)}>
          {t('enterprises.create')}
        </button>
      </div>
      <Switch>
        <Match when={enterprises().state === 'loading'}>
          <p>{t('app.loading')}</p>
        </Match>
        <Match
          when={(() => {
            const l = enterprises();
            return l.state === 'error' ? l : undefined;
          })()}
        >
          {(l) => <p role="alert">{t('app.storageError', { message: errorText(l().error) })}</p>}
        </Match>
        <Match
          when={(() => {
            const l = enterprises();
            return l.state === 'ready' ? l.value : undefined;
          })()}
        >
          {(list) => (
            <Show
              when={list().length > 0}
              fallback={
                <div class="empty">
                  <h2>{t('enterprises.emptyTitle')}</h2>
                  <p>{t('enterprises.emptyBody')}</p>
                </div>
              }
            >
              <table class="list-table">
                <thead>
                  <tr>
                    <th scope="col">{t('enterprises.colName')}</th>
                    <th scope="col">{t('enterprises.colUscc')}</th>
                    <th scope="col">{t('enterprises.colUpdated')}</th>
                    <th scope="col">{t('enterprises.colActions')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list()}>
                    {(e) => (
                      <tr>
                        <td>
                          <a href={hrefOf({ name: 'enterprise', id: e.id })}>{e.name}</a>
                        </td>
                        <td class="mono">{e.uscc || t('enterprises.noUscc')}</td>
                        <td>{formatDateTime(e.updatedAt)}</td>
                        <td>
                          <button
                            type="button"
                            class="link-button danger-text"
                            aria-label={t('enterprises.deleteLabel', { name: e.name })}
                            onClick={() => setDeleting(e)}
                          >
                            {t('common.delete')}
                          </button>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          )}
        </Match>
      </Switch>
      <DataSafetyPanel
        enterpriseCount={valueOf(enterprises())?.length ?? 0}
        oldestCreatedAt={valueOf(enterprises())?.reduce<string | undefined>(
          (min, e) => (min === undefined || e.createdAt < min ? e.createdAt : min),
          undefined,
        )}
      />
      <CreateEnterpriseDialog open={creating()} onClose={() => setCreating(false)} onCreate={create} />
      <ConfirmDialog
        open={deleting() !== undefined}
        title={t('deleteEnterprise.title')}
        body={t('deleteEnterprise.body', { name: deleting()?.name ?? '' })}
        confirmLabel={t('deleteEnterprise.confirm')}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(undefined)}
      />
    </section>
  );
}
