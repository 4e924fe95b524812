// The application shell: header (title, language, privacy promise), the page of the current
// route, and the banner asking to reload when another tab upgraded the database.
import { Match, Show, Suspense, Switch, createEffect, lazy, onMount } from 'solid-js';
import { JOURNAL_KEY } from '../storage/journalKey';
import { upgradedElsewhere } from './data/db';
import { holdPageLock } from './data/pageTab';
import { isEnglish, setLocale, t } from './i18n';
import { EnterpriseListPage } from './pages/EnterpriseListPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { currentRoute } from './router/currentRoute';
import { ToastHost } from './components/Toast';

// The edition catalog (with its 1,381 industry classes) and the rules load with the first return
// page, not with the shell: the home page paints from a small initial bundle.
const ReturnsPage = lazy(() => import('./pages/ReturnsPage').then((m) => ({ default: m.ReturnsPage })));
const TrainingPage = lazy(() => import('./pages/TrainingPage').then((m) => ({ default: m.TrainingPage })));
// District mode (with its chart library) is a separate lazy chunk: never part of the first paint.
const DistrictPage = lazy(() => import('./district/DistrictPage').then((m) => ({ default: m.DistrictPage })));
const BatchPage = lazy(() => import('./district/BatchPage').then((m) => ({ default: m.BatchPage })));
const BatchItemPage = lazy(() =>
  import('./district/BatchItemPage').then((m) => ({ default: m.BatchItemPage })),
);
const RulesPage = lazy(() => import('./pages/RulesPage').then((m) => ({ default: m.RulesPage })));
const WorkflowPage = lazy(() => import('./pages/WorkflowPage').then((m) => ({ default: m.WorkflowPage })));
const PrintPage = lazy(() => import('./pages/PrintPage').then((m) => ({ default: m.PrintPage })));
const EditorPage = lazy(() => import('./pages/EditorPage').then((m) => ({ default: m.EditorPage })));

/** Edits a closed page journalled but never stored are saved now (the journal loads only then). */
function replayOrphanedEdits(): void {
  let pending = false;
  try {
    pending = globalThis.localStorage?.getItem(JOURNAL_KEY) != null;
  } catch {
    return;
  }
  if (pending)
    void import('./data/journal')
      .then((m) => m.replayOrphans())
      .catch((e: unknown) => console.warn('journal replay failed', e));
}

export function App() {
  // The browser tab's title follows the language (index.html carries the Chinese one for first paint).
  createEffect(() => (document.title = t('app.title')));
  onMount(() => {
    holdPageLock();
    replayOrphanedEdits();
  });
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header class="app-header no-print">
        <a class="app-title" href="#/">
          {t('app.title')}
        </a>
        <span class="app-privacy">{t('app.privacy')}</span>
        <a class="header-link" href="#/training">
          {t('training.enter')}
        </a>
        <a class="header-link" href="#/district">
          {t('district.enter')}
        </a>
        <a class="header-link" href="#/help/workflow">
          {t('help.workflow.link')}
        </a>
        <a class="header-link" href="#/help/rules">
          {t('help.rules.link')}
        </a>
        <button
          type="button"
          class="link-button"
          aria-label={t('locale.switchLabel')}
          onClick={() => void setLocale(isEnglish() ? 'zh-CN' : 'en')}
        >
          {t('locale.switchTo')}
        </button>
      </header>
      <Show when={upgradedElsewhere()}>
        <div class="banner banner-warn" role="alert">
          {t('app.upgradedElsewhere')}{' '}
          <button type="button" onClick={() => location.reload()}>
            {t('app.reload')}
          </button>
        </div>
      </Show>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <Switch fallback={<NotFoundPage />}>
            <Match when={currentRoute().name === 'home'}>
              <EnterpriseListPage />
            </Match>
            <Match when={currentRoute().name === 'training'}>
              <TrainingPage />
            </Match>
            <Match when={currentRoute().name === 'district'}>
              <DistrictPage />
            </Match>
            <Match when={currentRoute().name === 'helpRules'}>
              <RulesPage />
            </Match>
            <Match when={currentRoute().name === 'helpWorkflow'}>
              <WorkflowPage />
            </Match>
            <Match
              when={(() => {
                const r = currentRoute();
                return r.name === 'batch' ? r : undefined;
              })()}
              keyed
            >
              {(r) => <BatchPage batchId={r.id} />}
            </Match>
            <Match
              when={(() => {
                const r = currentRoute();
                return r.name === 'batchItem' ? r : undefined;
              })()}
              keyed
            >
              {(r) => <BatchItemPage batchId={r.id} itemId={r.itemId} />}
            </Match>
            <Match
              when={(() => {
                const r = currentRoute();
                return r.name === 'enterprise' ? r : undefined;
              })()}
              keyed
            >
              {(r) => <ReturnsPage enterpriseId={r.id} />}
            </Match>
            <Match
              when={(() => {
                const r = currentRoute();
                return r.name === 'editor' ? r : undefined;
              })()}
              keyed
            >
              {(r) => <EditorPage enterpriseId={r.id} kind={r.kind} period={r.period} />}
            </Match>
            <Match
              when={(() => {
                const r = currentRoute();
                return r.name === 'print' ? r : undefined;
              })()}
              keyed
            >
              {(r) => <PrintPage enterpriseId={r.id} kind={r.kind} period={r.period} />}
            </Match>
          </Switch>
        </Suspense>
      </main>
      <ToastHost />
    </>
  );
}
