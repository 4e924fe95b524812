// The editor of one return: a tab per table, the findings panel and the help panel. Findings
// update as the user types; a click on a finding switches tab and focuses its first cell.
import { Tabs } from '@kobalte/core/tabs';
import { For, Match, Show, Switch, createMemo, createSignal } from 'solid-js';
import type { Finding, Layout, ReportKind, TableId } from '../../core';
import { getEdition, layoutOf, planPaste } from '../../core';
import { showToast } from '../components/Toast';
import type { MessageKey } from '../i18n';
import { returnIdOf } from '../../storage';
import { StatusBadge } from '../components/StatusBadge';
import { WorkspaceBanner } from '../components/WorkspaceBanner';
import { createLater } from '../data/createLater';
import { createLive, valueOf } from '../data/createLive';
import { getRepository } from '../data/repository';
import { createEditorState } from '../editor/createEditorState';
import { ExchangeBar } from '../editor/ExchangeBar';
import { FindingsPanel } from '../editor/FindingsPanel';
import { HelpPanel } from '../editor/HelpPanel';
import { HistoryDialog } from '../editor/HistoryDialog';
import { IdentitySummary } from '../editor/IdentitySummary';
import { TableGrid } from '../editor/TableGrid';
import { createGridViews } from '../editor/createGridViews';
import { t } from '../i18n';
import { hrefOf } from '../router/route';
import { periodName } from './ReturnsPage';
import { tableHeading, tableShortTitle } from '../i18n/content';

export function EditorPage(props: { enterpriseId: string; kind: ReportKind; period: string }) {
  // The route is keyed: a new return mounts a new page, so reading props once here is correct.
  // eslint-disable-next-line solid/reactivity
  const state = createEditorState(props.enterpriseId, props.kind, props.period);
  const enterprise = createLive(() => getRepository().watchEnterprise(props.enterpriseId));
  const edition = createMemo(() => {
    const r = state.report();
    return r ? getEdition(r.edition) : undefined;
  });
  const layout = createMemo(() => {
    const e = edition();
    return e ? layoutOf(e, props.kind) : undefined;
  });
  // What the page is drawn for: the edition and its layout, the same object for as long as they
  // are (a keystroke changes neither; a new object per keystroke re-ran everything reading them).
  const frame = createMemo(() => {
    const l = layout();
    const e = edition();
    return l && e ? { l, e } : undefined;
  });
  // eslint-disable-next-line solid/reactivity -- keyed route: the kind never changes for this page
  const [tab, setTab] = createSignal<string>(props.kind === 'annual' ? 'T1' : 'M');
  const [focusedRef, setFocusedRef] = createSignal<string>();
  const [highlighted, setHighlighted] = createSignal<ReadonlySet<string>>(new Set());
  const [historyOpen, setHistoryOpen] = createSignal(false);

  // Ctrl+Z / Ctrl+Y (and ⌘, and Ctrl+Shift+Z) undo and redo whole cell edits, in any cell.
  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) state.undo();
    else if (key === 'y' || (key === 'z' && e.shiftKey)) state.redo();
    else return;
    e.preventDefault();
  };

  const views = createGridViews(state.report, () => layout(), state.findings);
  const explanations = createMemo(() => state.report()?.explanations ?? {});
  // The tabs' counts, the status badge and the save state follow in the task after the
  // keystroke's: the edited cell, its flags and the findings panel come first (profiled: the style
  // and layout of a new count, badge, save text or help-panel finding were ~1 ms each of a
  // keystroke at 4x throttling).
  const countsNow = createMemo(() => {
    const counts = new Map<string, number>();
    for (const f of state.findings()) {
      const id = f.cells[0]?.split('.')[0];
      if (id && f.severity !== 'hint') counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  });
  const countsByTable = createLater(() => countsNow(), new Map<string, number>());
  const status = createLater(() => state.status(), undefined);
  const saveState = createLater(() => state.saveState(), state.saveState());
  // The help panel (the focused cell's 口径 and its copy of the cell's findings), likewise, its two
  // parts together so they never show different cells: 审核结果 and the cell's own flag show the
  // findings in the keystroke's frame.
  const help = createLater(
    () => {
      const ref = focusedRef();
      return {
        def: ref ? layout()?.byRef.get(ref) : undefined,
        findings: ref ? views.findingsAt(ref) : undefined,
      };
    },
    { def: undefined, findings: undefined },
  );

  const jump = (f: Finding) => {
    const first = f.cells[0];
    if (!first) return;
    setHighlighted(new Set(f.cells));
    setTab(first.split('.')[0] as TableId);
    // The tab's content renders on the next frame; focus once it is there.
    requestAnimationFrame(() => {
      const el = document.querySelector<HTMLElement>(`[data-cell="${CSS.escape(first)}"]`);
      el?.scrollIntoView({ block: 'center' });
      el?.focus();
    });
  };

  const paste = (layout: Layout, ref: string, text: string) => {
    const plan = planPaste(layout, ref, text);
    const locked = state.previousMonth() ? '.ytdPreviousMonth' : undefined;
    const fills = plan.fills.filter(([target]) => !(locked && target.endsWith(locked)));
    const filled = fills.length;
    const skipped = plan.skipped.length + plan.fills.length - fills.length;
    state.setCells(fills);
    const details = plan.skipped
      .slice(0, 3)
      .map((s) => t(`paste.skip.${s.reason}` as MessageKey, { line: s.line, text: s.text }))
      .join(t('punct.listSep'));
    showToast(t('paste.summary', { filled, skipped }) + (details ? t('punct.paren', { text: details }) : ''));
  };

  const saveText = () => {
    const s = saveState();
    if (s.state === 'failed') return t('editor.saveFailed', { message: s.message });
    return s.state === 'saving' ? t('editor.saving') : t('editor.saved');
  };

  return (
    <section class="page editor-page" onKeyDown={onKeyDown}>
      <WorkspaceBanner enterprise={valueOf(enterprise())} />
      <nav aria-label={t('nav.breadcrumb')} class="breadcrumb">
        <a href={valueOf(enterprise())?.workspace === 'training' ? '#/training' : '#/'}>
          {t('nav.enterprises')}
        </a>
        <span aria-hidden="true"> › </span>
        <a href={hrefOf({ name: 'enterprise', id: props.enterpriseId })}>
          {valueOf(enterprise())?.name ?? '…'}
        </a>
      </nav>
      <Switch fallback={<p>{t('returns.opening')}</p>}>
        <Match when={state.openError()}>
          {(message) => <p role="alert">{t('editor.openFailed', { message: message() })}</p>}
        </Match>
        <Match when={frame()}>
          {(ready) => (
            <>
              <div class="editor-head">
                <h1>{periodName(props.kind, props.period)}</h1>
                {/* Fixed-size slots: typing changes both texts, and the header neither jumps nor
                    makes the browser lay out the whole page for them (see styles.css). */}
                <div class="head-state">
                  <span class="state-slot status-slot">
                    <Show when={status()}>{(s) => <StatusBadge status={s()} />}</Show>
                  </span>
                  <span class="state-slot save-state" role="status" data-save-state={saveState().state}>
                    {saveText()}
                  </span>
                </div>
                <div class="toolbar">
                  <button
                    type="button"
                    disabled={!state.canUndo()}
                    title={t('editor.undoHint')}
                    onClick={() => state.undo()}
                  >
                    {t('editor.undo')}
                  </button>
                  <button
                    type="button"
                    disabled={!state.canRedo()}
                    title={t('editor.redoHint')}
                    onClick={() => state.redo()}
                  >
                    {t('editor.redo')}
                  </button>
                  <button type="button" onClick={() => setHistoryOpen(true)}>
                    {t('editor.history')}
                  </button>
                  <a
                    class="button-link"
                    href={hrefOf({
                      name: 'print',
                      id: props.enterpriseId,
                      kind: props.kind,
                      period: props.period,
                    })}
                  >
                    {t('print.open')}
                  </a>
                </div>
              </div>
              <Show when={state.report()}>
                {(report) => (
                  <ExchangeBar
                    report={report()}
                    enterpriseUscc={valueOf(enterprise())?.uscc}
                    practice={valueOf(enterprise())?.workspace === 'training'}
                    findings={state.findings()}
                    layout={ready().l}
                    context={state.context}
                    flush={state.flush}
                    replace={(r) => state.replace(r)}
                  />
                )}
              </Show>
              <div class="editor-body">
                <div class="editor-main">
                  <Show when={props.kind === 'annual' && state.report()}>
                    {(report) => <IdentitySummary report={report()} />}
                  </Show>
                  <Show when={state.previousMonth()}>
                    <p class="note small">{t('editor.previousMonthAuto')}</p>
                  </Show>
                  <Tabs value={tab()} onChange={setTab} class="tabs">
                    <Tabs.List class="tab-list" aria-label={t('editor.tablesLabel')}>
                      <For each={ready().l.tables}>
                        {(table) => (
                          <Tabs.Trigger class="tab" value={table.id} data-table={table.id}>
                            {table.formNo}
                            <span class="tab-title">{tableShortTitle(table)}</span>
                            {/* Always there, invisible at zero: a fixed slot, so tabs never
                                shift and a new count is laid out alone (see styles.css). */}
                            <span class="tab-count" data-count={countsByTable().get(table.id) ?? 0}>
                              {countsByTable().get(table.id) ?? ''}
                            </span>
                          </Tabs.Trigger>
                        )}
                      </For>
                    </Tabs.List>
                    <For each={ready().l.tables}>
                      {(table) => (
                        <Tabs.Content value={table.id} class="tab-panel">
                          <h2 class="table-title">{tableHeading(table)}</h2>
                          <TableGrid
                            table={table}
                            layout={ready().l}
                            edition={ready().e}
                            views={views}
                            isHighlighted={(ref) => highlighted().has(ref)}
                            lockedColumn={state.previousMonth() ? 'ytdPreviousMonth' : undefined}
                            onChange={(ref, raw) => state.setCell(ref, raw)}
                            onPasteBlock={(ref, text) => paste(ready().l, ref, text)}
                            onFocusCell={(ref) => {
                              setFocusedRef(ref);
                              const h = highlighted();
                              if (h.size > 0 && !h.has(ref)) setHighlighted(new Set<string>());
                            }}
                          />
                        </Tabs.Content>
                      )}
                    </For>
                  </Tabs>
                </div>
                <aside class="editor-side">
                  {/* The panels change with every keystroke; this fixed-size box lets the browser
                      lay them out alone (the aside, a grid item, cannot be such a box itself). */}
                  <div class="editor-side-panels">
                    <HelpPanel editionId={ready().e.id} def={help().def} findings={help().findings} />
                    <FindingsPanel
                      findings={state.findings()}
                      explanations={explanations()}
                      layout={ready().l}
                      onJump={jump}
                      onExplain={(key, text) => state.setExplanation(key, text)}
                    />
                  </div>
                </aside>
              </div>
              <HistoryDialog
                open={historyOpen()}
                onClose={() => setHistoryOpen(false)}
                returnId={returnIdOf(props.enterpriseId, props.kind, props.period)}
                layout={ready().l}
              />
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}
