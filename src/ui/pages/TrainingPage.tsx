// 培训模式: a sandbox of sample enterprises (workspace 'training', never listed with real ones).
// Each sample has a task; progress counts the planted mistakes whose findings are gone. Reset
// deletes the training enterprises and loads the samples again.
import { For, Show, createMemo, createResource, createSignal } from 'solid-js';
import type { TrainingSample } from '../../core';
import { trainingSamples } from '../../core';
import type { EnterpriseRecord } from '../../storage';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { StatusBadge } from '../components/StatusBadge';
import { showToast } from '../components/Toast';
import { createLive, valueOf } from '../data/createLive';
import { errorText } from '../data/errorText';
import { getRepository } from '../data/repository';
import { checkReturn, reportsOf } from '../data/storedReports';
import { isEnglish, t } from '../i18n';
import { hrefOf } from '../router/route';

/** Which sample each training enterprise was loaded from (enterprise id → sample id). */
const MAP_KEY = 'training.samples';

async function loadSamples(): Promise<void> {
  const repo = getRepository();
  const map: Record<string, string> = {};
  for (const sample of trainingSamples()) {
    const first = sample.reports[0];
    const uscc = first?.cells['T1.B01.value']?.raw ?? '';
    const e = await repo.createEnterprise({ name: sample.name, uscc, workspace: 'training' });
    for (const report of sample.reports)
      await repo.replaceReturn(e.id, report.kind, report.period, report, 'import');
    map[e.id] = sample.id;
  }
  await repo.setSetting(MAP_KEY, map);
}

async function resetTraining(current: readonly EnterpriseRecord[]): Promise<void> {
  const repo = getRepository();
  for (const e of current) await repo.deleteEnterprise(e.id);
  await loadSamples();
}

export function TrainingPage() {
  const repo = getRepository();
  const enterprises = createLive(() => repo.watchEnterprises('training'));
  const [map, { refetch }] = createResource(async () => {
    const v = await repo.getSetting(MAP_KEY);
    return (typeof v === 'object' && v !== null ? v : {}) as Record<string, string>;
  });
  const [busy, setBusy] = createSignal(false);
  const [confirmReset, setConfirmReset] = createSignal(false);
  const samples = new Map(trainingSamples().map((s) => [s.id, s]));

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      await refetch();
    } catch (e) {
      showToast(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="page training-page">
      <div class="banner banner-training" role="note">
        {t('training.banner')}
      </div>
      <div class="page-head">
        <h1>{t('training.heading')}</h1>
        <div class="toolbar-left">
          <Show when={(valueOf(enterprises())?.length ?? 0) > 0}>
            <button type="button" disabled={busy()} onClick={() => setConfirmReset(true)}>
              {t('training.reset')}
            </button>
          </Show>
          <a href="#/">{t('training.exit')}</a>
        </div>
      </div>
      <p>{t('training.intro')}</p>
      <Show
        when={(valueOf(enterprises())?.length ?? 0) > 0}
        fallback={
          <div class="empty">
            <p>{t('training.empty')}</p>
            <button type="button" class="primary" disabled={busy()} onClick={() => void run(loadSamples)}>
              {t('training.load')}
            </button>
          </div>
        }
      >
        <ul class="training-list">
          <For each={valueOf(enterprises()) ?? []}>
            {(e) => <TrainingEnterprise enterprise={e} sample={samples.get(map()?.[e.id] ?? '')} />}
          </For>
        </ul>
      </Show>
      <ConfirmDialog
        open={confirmReset()}
        title={t('training.resetTitle')}
        body={t('training.resetBody')}
        confirmLabel={t('training.reset')}
        onCancel={() => setConfirmReset(false)}
        onConfirm={() => {
          setConfirmReset(false);
          void run(() => resetTraining(valueOf(enterprises()) ?? []));
        }}
      />
    </section>
  );
}

function TrainingEnterprise(props: { enterprise: EnterpriseRecord; sample: TrainingSample | undefined }) {
  const rows = createLive(() => getRepository().watchReturns(props.enterprise.id));
  const reports = createMemo(() => reportsOf(valueOf(rows()) ?? []));
  const checked = createMemo(() => reports().map((r) => ({ report: r, ...checkReturn(r, reports()) })));
  const progress = createMemo(() => {
    const mistakes = props.sample?.mistakes ?? [];
    const open = new Set(checked().flatMap((c) => c.findings.map((f) => f.ruleId)));
    return { total: mistakes.length, fixed: mistakes.filter((m) => !open.has(m)).length };
  });
  return (
    <li class="training-item" data-training={props.sample?.id ?? 'unknown'}>
      <h2>
        <a href={hrefOf({ name: 'enterprise', id: props.enterprise.id })}>{props.enterprise.name}</a>
      </h2>
      <Show when={props.sample}>{(s) => <p>{isEnglish() ? s().taskEn : s().task}</p>}</Show>
      <p data-testid="training-progress">
        <Show when={progress().total > 0} fallback={t('training.noMistakes')}>
          {progress().fixed === progress().total
            ? t('training.allFixed', { total: progress().total })
            : t('training.progress', { fixed: progress().fixed, total: progress().total })}
        </Show>
      </p>
      <p>
        <For each={checked()}>
          {(c) => (
            <a
              class="training-return"
              href={hrefOf({
                name: 'editor',
                id: props.enterprise.id,
                kind: c.report.kind,
                period: c.report.period,
              })}
            >
              {c.report.kind === 'annual'
                ? t('returns.annualName', { year: c.report.period })
                : t('returns.monthlyName', {
                    year: c.report.period.slice(0, 4),
                    month: Number(c.report.period.slice(5)),
                  })}{' '}
              <StatusBadge status={c.status} />
            </a>
          )}
        </For>
      </p>
    </li>
  );
}
