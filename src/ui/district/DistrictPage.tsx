// 区县审核: the district officer's workspace — review batches, each for a review unit (or 全部)
// and a period. Separate from the officer's own enterprises.
import { For, Show, createSignal } from 'solid-js';
import type { ReportKind } from '../../core';
import { editionIds, getEdition } from '../../core';
import type { BatchRow } from '../../storage';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Modal } from '../components/Modal';
import { showToast } from '../components/Toast';
import { createLive, valueOf } from '../data/createLive';
import { errorText } from '../data/errorText';
import { getRepository } from '../data/repository';
import { formatDateTime } from '../format';
import { t } from '../i18n';
import { navigate } from '../router/currentRoute';
import { hrefOf } from '../router/route';
import { periodName } from '../pages/ReturnsPage';

interface PeriodOption {
  readonly edition: string;
  readonly kind: ReportKind;
  readonly period: string;
}

const periods: PeriodOption[] = editionIds.flatMap((id) => {
  const e = getEdition(id);
  return [
    { edition: id, kind: 'annual' as const, period: e.annualPeriod },
    ...Array.from({ length: 12 }, (_, i) => ({
      edition: id,
      kind: 'monthly' as const,
      period: `${e.monthlyYear}-${String(i + 1).padStart(2, '0')}`,
    })),
  ];
});

export function unitName(edition: string, id: string): string {
  if (id === 'all') return t('district.allUnits');
  return getEdition(edition).lists.reviewUnits.find((u) => u.id === id)?.name ?? id;
}

export function DistrictPage() {
  const repo = getRepository();
  const batches = createLive(() => repo.watchBatches());
  const [creating, setCreating] = createSignal(false);
  const [deleting, setDeleting] = createSignal<BatchRow>();
  const [unit, setUnit] = createSignal('all');
  const [period, setPeriod] = createSignal(0);
  const units = () => getEdition(periods[period()]?.edition ?? '2020').lists.reviewUnits;

  const create = async (e: SubmitEvent) => {
    e.preventDefault();
    const p = periods[period()];
    if (!p) return;
    try {
      const name = `${unitName(p.edition, unit())} · ${periodName(p.kind, p.period)}`;
      const batch = await repo.createBatch({ name, reviewUnit: unit(), ...p });
      setCreating(false);
      navigate({ name: 'batch', id: batch.id });
    } catch (err) {
      showToast(errorText(err));
    }
  };

  return (
    <section class="page" aria-labelledby="district-heading">
      <div class="banner banner-district" role="note">
        {t('district.banner')}
      </div>
      <div class="page-head">
        <h1 id="district-heading">{t('district.heading')}</h1>
        <div class="toolbar-left">
          <button type="button" class="primary" onClick={() => setCreating(true)}>
            {t('district.create')}
          </button>
          <a href="#/">{t('district.exit')}</a>
        </div>
      </div>
      <Show
        when={(valueOf(batches())?.length ?? 0) > 0}
        fallback={
          <div class="empty">
            <p>{t('district.empty')}</p>
          </div>
        }
      >
        <table class="list-table">
          <thead>
            <tr>
              <th scope="col">{t('district.colBatch')}</th>
              <th scope="col">{t('district.colUpdated')}</th>
              <th scope="col">{t('enterprises.colActions')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={valueOf(batches()) ?? []}>
              {(b) => (
                <tr>
                  <td>
                    <a href={hrefOf({ name: 'batch', id: b.id })}>{b.name}</a>
                  </td>
                  <td>{formatDateTime(b.updatedAt)}</td>
                  <td>
                    <button
                      type="button"
                      class="link-button danger-text"
                      aria-label={t('district.deleteLabel', { name: b.name })}
                      onClick={() => setDeleting(b)}
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
      <Modal
        open={creating()}
        onOpenChange={(o) => !o && setCreating(false)}
        title={t('district.create')}
        description={t('district.createDescription')}
      >
        <form class="form" onSubmit={(e) => void create(e)}>
          <label class="field">
            <span>{t('district.unit')}</span>
            <select value={unit()} onChange={(e) => setUnit(e.currentTarget.value)}>
              <option value="all">{t('district.allUnits')}</option>
              <For each={units()}>{(u) => <option value={u.id}>{u.name}</option>}</For>
            </select>
          </label>
          <label class="field">
            <span>{t('district.period')}</span>
            <select value={String(period())} onChange={(e) => setPeriod(Number(e.currentTarget.value))}>
              <For each={periods}>
                {(p, i) => <option value={String(i())}>{periodName(p.kind, p.period)}</option>}
              </For>
            </select>
          </label>
          <div class="modal-actions">
            <button type="button" onClick={() => setCreating(false)}>
              {t('common.cancel')}
            </button>
            <button type="submit" class="primary">
              {t('enterpriseForm.submit')}
            </button>
          </div>
        </form>
      </Modal>
      <ConfirmDialog
        open={deleting() !== undefined}
        title={t('district.deleteTitle')}
        body={t('district.deleteBody', { name: deleting()?.name ?? '' })}
        confirmLabel={t('common.delete')}
        onCancel={() => setDeleting(undefined)}
        onConfirm={() => {
          const b = deleting();
          setDeleting(undefined);
          if (b) void repo.deleteBatch(b.id).catch((e: unknown) => showToast(errorText(e)));
        }}
      />
    </section>
  );
}
