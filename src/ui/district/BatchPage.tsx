// One review batch: intake of many files (a pool of workers, progress, cancel, duplicates), the
// broken files with their reasons, the roster, and the review board with filter, sort and search.
import { For, Show, createEffect, createMemo, createSignal, onCleanup } from 'solid-js';
import type { Message } from '../../core';
import { formatGrouped } from '../../core';
import type { NewBatchItem } from '../../storage';
import { createImportPool } from '../../workers/importPool';
import { Modal } from '../components/Modal';
import { showToast } from '../components/Toast';
import { createLive, valueOf } from '../data/createLive';
import { shanghaiToday } from '../data/today';
import { errorMessage, errorText } from '../data/errorText';
import { messageText, messagesText } from '../i18n/content';
import { getRepository } from '../data/repository';
import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import { hrefOf } from '../router/route';
import type { BoardRow, BoardStatus, SortKey } from './boardRows';
import { boardRowsSliced, filterRows, sortRows } from './boardRows';
import { boardStatusText } from './boardStatusText';
import { filesOfDrop, wantedFiles } from './collectFiles';
import type { DuplicatePolicy, Progress } from './intake';
import { itemOf, parseAll, planIntake } from './intake';
import { SummaryPanel } from './SummaryPanel';

const STATUSES: readonly BoardStatus[] = ['有必改错误', '待说明', '可上报', '不在调查范围', '未报送'];

const FIGURE_KEYS: readonly MessageKey[] = [
  'district.figRevenue',
  'district.figSoftware',
  'district.figProfit',
  'district.figStaff',
];

const PAGE = 100;

const poolSize = () =>
  Math.max(1, Math.min(8, (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2));

export function BatchPage(props: { batchId: string }) {
  const repo = getRepository();
  const batch = createLive(() => repo.watchBatch(props.batchId));
  const items = createLive(() => repo.watchBatchItems(props.batchId));
  const today = shanghaiToday();
  // Board rows are built in slices off the hot path (1,000 returns would otherwise block the page
  // for a quarter second), reusing rows whose item did not change (and whose day is still today).
  const [rows, setRows] = createSignal<BoardRow[]>([]);
  const cache = new Map<string, BoardRow | null>();
  let cachedDay = today();
  createEffect(() => {
    const b = valueOf(batch());
    const list = valueOf(items());
    const day = today();
    if (day !== cachedDay) {
      cache.clear();
      cachedDay = day;
    }
    if (!b || !list) return;
    let stale = false;
    onCleanup(() => (stale = true));
    void boardRowsSliced(b, list, day, cache, () => stale).then((r) => {
      if (r) setRows(r);
    });
  });
  const [limit, setLimit] = createSignal(PAGE);
  const failed = createMemo(() => (valueOf(items()) ?? []).filter((i) => i.status === 'failed'));
  const [progress, setProgress] = createSignal<Progress>();
  const [controller, setController] = createSignal<AbortController>();
  const [pendingDuplicates, setPendingDuplicates] = createSignal<{
    incoming: NewBatchItem[];
    duplicates: string[];
  }>();
  const [status, setStatus] = createSignal<BoardStatus | 'all'>('all');
  const [search, setSearch] = createSignal('');
  const [sort, setSort] = createSignal<{ key: SortKey; desc: boolean }>({ key: 'status', desc: false });
  const [rosterNotes, setRosterNotes] = createSignal<(Message | string)[]>([]);
  const filtered = createMemo(() =>
    sortRows(filterRows(rows(), status(), search()), sort().key, sort().desc),
  );
  // The board renders a page at a time: a thousand rows at once is a long task of its own.
  const shown = createMemo(() => filtered().slice(0, limit()));

  const store = async (incoming: NewBatchItem[], policy: DuplicatePolicy) => {
    const plan = planIntake(incoming, valueOf(items()) ?? [], policy);
    await repo.addItems(props.batchId, plan.add, plan.replace);
    const ok = plan.add.filter((i) => i.status === 'ok').length;
    showToast(t('district.intakeDone', { ok, failed: plan.add.length - ok, skipped: plan.skipped.length }));
  };

  const intake = async (files: File[]) => {
    const b = valueOf(batch());
    if (!b || files.length === 0 || controller()) return;
    const abort = new AbortController();
    setController(abort);
    setProgress({ done: 0, total: files.length, failed: 0, etaMs: undefined });
    try {
      // Long-lived workers: each pays the worker start and SheetJS's load once, not per file.
      const pool = createImportPool(poolSize());
      // Each file becomes its batch item as soon as it is parsed, spreading that work over the
      // intake instead of doing a thousand at the end in one task.
      const itemsByFile = new Map<File, ReturnType<typeof itemOf>>();
      const parsed = await parseAll(
        files,
        async (f) => {
          const outcome = await pool.parse(f);
          itemsByFile.set(f, itemOf(b, { fileName: f.name, lastModified: f.lastModified, outcome }));
          return outcome;
        },
        { concurrency: poolSize(), signal: abort.signal, onProgress: setProgress },
      ).finally(() => pool.close());
      const incoming = files.flatMap((f) => itemsByFile.get(f) ?? []);
      const { duplicates } = planIntake(incoming, valueOf(items()) ?? [], 'skip');
      if (duplicates.length > 0) setPendingDuplicates({ incoming, duplicates });
      else await store(incoming, 'skip');
      if (abort.signal.aborted)
        showToast(t('district.cancelled', { done: parsed.length, total: files.length }));
    } catch (e) {
      showToast(errorText(e));
    } finally {
      setController(undefined);
    }
  };

  /** Files picked with a file or folder input; the input is cleared so the same pick works again. */
  const takePicked = (e: Event & { currentTarget: HTMLInputElement }) => {
    const files = wantedFiles(e.currentTarget.files ?? []);
    e.currentTarget.value = '';
    void intake(files);
  };

  const resolveDuplicates = (policy: DuplicatePolicy) => {
    const p = pendingDuplicates();
    setPendingDuplicates(undefined);
    if (p) void store(p.incoming, policy).catch((e: unknown) => showToast(errorText(e)));
  };
  // Closing the question, or leaving the page while it is asked, keeps what the drop brought
  // except the incoming duplicates: never the whole drop lost without a word.
  onCleanup(() => resolveDuplicates('skip'));

  const loadRoster = async (file: File | undefined) => {
    if (!file) return;
    const { readRoster } = await import('../../excel/readRoster');
    const result = readRoster(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) return void setRosterNotes(result.problems);
    await repo.setRoster(props.batchId, result.roster);
    setRosterNotes([t('district.rosterLoaded', { count: result.roster.length }), ...result.notes]);
  };

  const sortBy = (key: SortKey) => setSort((s) => ({ key, desc: s.key === key ? !s.desc : false }));
  const ariaSort = (key: SortKey) =>
    sort().key === key ? (sort().desc ? 'descending' : 'ascending') : 'none';
  const SortHeader = (p: { key: SortKey; label: string }) => (
    <th scope="col" aria-sort={ariaSort(p.key)}>
      <button type="button" class="sort-button" onClick={() => sortBy(p.key)}>
        {p.label}
      </button>
    </th>
  );

  return (
    <section class="page batch-page">
      <nav aria-label={t('nav.breadcrumb')} class="breadcrumb">
        <a href="#/district">{t('district.heading')}</a>
      </nav>
      <Show
        when={valueOf(batch())}
        fallback={<p>{batch().state === 'ready' ? t('district.batchMissing') : t('app.loading')}</p>}
      >
        {(b) => (
          <>
            <h1>{b().name}</h1>
            <div
              class="drop-zone"
              data-testid="drop-zone"
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                if (e.dataTransfer) void filesOfDrop(e.dataTransfer).then(intake);
              }}
            >
              <p>{t('district.dropHint')}</p>
              <div class="toolbar-left">
                <label class="button-link">
                  {t('district.pickFiles')}
                  <input
                    type="file"
                    multiple
                    accept=".xlsx,.json"
                    class="sr-only"
                    data-testid="intake-files"
                    onChange={takePicked}
                  />
                </label>
                <label class="button-link">
                  {t('district.pickFolder')}
                  <input
                    type="file"
                    multiple
                    class="sr-only"
                    {...{ webkitdirectory: '' }}
                    onChange={takePicked}
                  />
                </label>
                <label class="button-link">
                  {t('district.roster')}
                  <input
                    type="file"
                    accept=".xlsx,.csv"
                    class="sr-only"
                    data-testid="roster-file"
                    onChange={(e) => {
                      const file = e.currentTarget.files?.[0];
                      e.currentTarget.value = '';
                      void loadRoster(file).catch((err: unknown) => setRosterNotes([errorMessage(err)]));
                    }}
                  />
                </label>
              </div>
              <Show when={progress()}>
                {(p) => (
                  <div class="intake-progress" role="status" data-testid="intake-progress">
                    <progress value={p().done} max={p().total} aria-label={t('district.progressLabel')} />
                    <span>
                      {t('district.progress', { done: p().done, total: p().total, failed: p().failed })}
                      {p().etaMs !== undefined && p().done < p().total
                        ? t('district.eta', { seconds: Math.ceil((p().etaMs ?? 0) / 1000) })
                        : ''}
                    </span>
                    <Show when={controller()}>
                      <button type="button" onClick={() => controller()?.abort()}>
                        {t('common.cancel')}
                      </button>
                    </Show>
                  </div>
                )}
              </Show>
              <Show when={rosterNotes().length > 0}>
                <ul class="small">
                  <For each={rosterNotes()}>{(n) => <li>{messageText(n)}</li>}</For>
                </ul>
              </Show>
            </div>

            <Show when={failed().length > 0}>
              <section class="failed-files" aria-labelledby="failed-heading">
                <h2 id="failed-heading">{t('district.failedHeading', { count: failed().length })}</h2>
                <ul>
                  <For each={failed()}>
                    {(f) => (
                      <li data-failed={f.fileName}>
                        <strong>{f.fileName}</strong>
                        {t('punct.colon')}
                        {messagesText(f.problems ?? [])}{' '}
                        <button type="button" class="link-button" onClick={() => void repo.removeItem(f.id)}>
                          {t('district.remove')}
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              </section>
            </Show>

            <section aria-labelledby="board-heading">
              <h2 id="board-heading">
                {t('district.board', { count: rows().filter((r) => r.item).length })}
              </h2>
              <div class="toolbar-left board-filters">
                <label>
                  {t('district.filterStatus')}{' '}
                  <select
                    value={status()}
                    onChange={(e) => setStatus(e.currentTarget.value as BoardStatus | 'all')}
                  >
                    <option value="all">{t('district.all')}</option>
                    <For each={STATUSES}>{(s) => <option value={s}>{boardStatusText(s)}</option>}</For>
                  </select>
                </label>
                <label>
                  {t('district.search')}{' '}
                  <input type="search" value={search()} onInput={(e) => setSearch(e.currentTarget.value)} />
                </label>
              </div>
              <table class="list-table board" data-testid="board">
                <thead>
                  <tr>
                    <SortHeader key="name" label={t('enterprises.colName')} />
                    <th scope="col">{t('enterprises.colUscc')}</th>
                    <SortHeader key="status" label={t('returns.colStatus')} />
                    <SortHeader key="error" label={t('severity.error')} />
                    <SortHeader key="verify" label={t('severity.verify')} />
                    <For each={FIGURE_KEYS}>
                      {(k, i) => <SortHeader key={`f${i()}` as SortKey} label={t(k)} />}
                    </For>
                    <th scope="col">{t('district.decision')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={shown()}>
                    {(r) => (
                      <tr data-uscc={r.uscc} data-status={r.status}>
                        <th scope="row">
                          <Show when={r.item} fallback={r.name}>
                            {(item) => (
                              <a href={hrefOf({ name: 'batchItem', id: props.batchId, itemId: item().id })}>
                                {r.name || r.uscc}
                              </a>
                            )}
                          </Show>
                        </th>
                        <td class="mono">{r.uscc}</td>
                        <td>
                          {boardStatusText(r.status)}
                          <Show when={r.late}>
                            <span class="late-text">{` · ${t('district.late')}`}</span>
                          </Show>
                        </td>
                        <td class="num">{r.item ? r.counts.error : ''}</td>
                        <td class="num">{r.item ? r.counts.verify : ''}</td>
                        <For each={r.figures}>
                          {(v, i) => (
                            <td class="num">
                              {v === null
                                ? ''
                                : formatGrouped(
                                    Math.round(v * (i() === 3 ? 1 : 100)),
                                    i() === 3 ? 'count' : 'amount',
                                  )}
                            </td>
                          )}
                        </For>
                        <td>{r.decision ? t(`district.decision.${r.decision}` as MessageKey) : ''}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              <Show when={filtered().length > limit()}>
                <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
                  {t('district.showMore', { shown: limit(), total: filtered().length })}
                </button>
              </Show>
            </section>

            <SummaryPanel batch={b()} rows={rows()} />

            <Modal
              open={pendingDuplicates() !== undefined}
              onOpenChange={(o) => !o && resolveDuplicates('skip')}
              title={t('district.duplicatesTitle')}
            >
              <p>
                {t('district.duplicatesBody', {
                  count: pendingDuplicates()?.duplicates.length ?? 0,
                  list: (pendingDuplicates()?.duplicates ?? []).slice(0, 5).join(t('punct.enumSep')),
                })}
              </p>
              <p class="small muted">{t('district.duplicatesCloseNote')}</p>
              <div class="modal-actions">
                <button type="button" onClick={() => resolveDuplicates('skip')}>
                  {t('district.keepSkip')}
                </button>
                <button type="button" onClick={() => resolveDuplicates('older')}>
                  {t('district.keepOlder')}
                </button>
                <button type="button" class="primary" onClick={() => resolveDuplicates('newer')}>
                  {t('district.keepNewer')}
                </button>
              </div>
            </Modal>
          </>
        )}
      </Show>
    </section>
  );
}
