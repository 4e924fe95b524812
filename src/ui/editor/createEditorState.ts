// The editor's state: the stored return (live from storage, so another tab's edits appear), the
// user's unsaved edits on top, and the findings derived from both. Every edit goes to the
// autosaver at once; nothing here waits for storage before the screen updates.
import type { Accessor } from 'solid-js';
import { batch, createEffect, createMemo, createSignal, on, onCleanup, untrack } from 'solid-js';
import type { Finding, Report, ReportKind, ReturnStatus, ValidationContext } from '../../core';
import {
  contextFromReturns,
  hasYtdFigures,
  previousMonthFill,
  previousMonthPeriod,
  returnStatus,
  sameContent,
  validateReport,
} from '../../core';
import type { ReturnEdit, SeenValue } from '../../storage';
import { bindPageLifecycle, createAutosaver, returnIdOf, seenValue } from '../../storage';
import { createLive, valueOf } from '../data/createLive';
import { shanghaiToday } from '../data/today';
import { errorText } from '../data/errorText';
import { getJournal } from '../data/journal';
import { getRepository } from '../data/repository';
import { reportsOf } from '../data/storedReports';
import type { Overlay } from './overlay';
import { stabilise } from './stableFindings';
import type { UndoState } from './undoHistory';
import { emptyUndo, record, redo, undo } from './undoHistory';
import { applyOverlay, dropCommitted, dropReflected, markCommitted, withEdit } from './overlay';

export type SaveState =
  | { readonly state: 'saved' }
  | { readonly state: 'saving' }
  | { readonly state: 'failed'; readonly message: string };

export interface EditorState {
  readonly report: Accessor<Report | undefined>;
  readonly findings: Accessor<Finding[]>;
  /** The other stored returns the checks use (for imports validated off the main thread). */
  readonly context: Accessor<ValidationContext>;
  /** Replaces the return (an import) in one transaction; resolves with its undo. */
  replace(report: Report): Promise<() => Promise<void>>;
  readonly status: Accessor<ReturnStatus | undefined>;
  readonly openError: Accessor<string | undefined>;
  readonly saveState: Accessor<SaveState>;
  /** The stored previous month (monthly returns), whose 本年本期累计 fills this month's 本年上期累计. */
  readonly previousMonth: Accessor<Report | undefined>;
  setCell(ref: string, raw: string | undefined): void;
  /** Several cells at once (a pasted block): one undo step reverts them all. */
  setCells(entries: readonly (readonly [string, string | undefined])[]): void;
  setExplanation(key: string, text: string): void;
  readonly canUndo: Accessor<boolean>;
  readonly canRedo: Accessor<boolean>;
  undo(): void;
  redo(): void;
  flush(): Promise<void>;
}

const textOf = (
  e: ReturnEdit,
): { kind: 'cell' | 'explanation'; key: string; text: string | undefined } | undefined =>
  e.type === 'cell'
    ? { kind: 'cell', key: e.ref, text: e.raw }
    : e.type === 'explanation'
      ? { kind: 'explanation', key: e.key, text: e.text }
      : undefined;

const sameOptional = (a: Report | undefined, b: Report | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && sameContent(a, b));

/** Contexts holding the same returns: the checks would find the same. */
const sameContext = (a: ValidationContext, b: ValidationContext): boolean =>
  a.today === b.today &&
  sameOptional(a.lastYearAnnual, b.lastYearAnnual) &&
  sameOptional(a.decemberMonthly, b.decemberMonthly) &&
  sameOptional(a.previousMonth, b.previousMonth);

const messageOf = (s: SaveState): string | undefined => (s.state === 'failed' ? s.message : undefined);

export function createEditorState(enterpriseId: string, kind: ReportKind, period: string): EditorState {
  const repo = getRepository();
  const today = shanghaiToday();
  const [openError, setOpenError] = createSignal<string>();
  const [ensured, setEnsured] = createSignal(false);
  const [overlay, setOverlay] = createSignal<Overlay>(new Map());
  const [saveState, setSaveState] = createSignal<SaveState>(
    { state: 'saved' },
    { equals: (a, b) => a.state === b.state && messageOf(a) === messageOf(b) },
  );

  repo.ensureReturn(enterpriseId, kind, period).then(
    () => setEnsured(true),
    (e: unknown) => setOpenError(errorText(e)),
  );

  const rows = createLive(() => (ensured() ? repo.watchReturns(enterpriseId) : undefined));
  const all = createMemo(() => reportsOf(valueOf(rows()) ?? []));
  const stored = createMemo(() => all().find((r) => r.kind === kind && r.period === period));
  const others = createMemo(() => all().filter((r) => r !== stored()));
  const previousMonth = createMemo(() => {
    const p = kind === 'monthly' ? previousMonthPeriod(period) : undefined;
    // The same previous month the checks use (contextFromReturns): one with figures.
    return p === undefined
      ? undefined
      : others().find((r) => r.kind === 'monthly' && r.period === p && hasYtdFigures(r));
  });

  // Storage emitted: edits whose save committed are now part of it.
  createEffect(on(rows, () => setOverlay((o) => dropCommitted(o)), { defer: true }));

  // After every save, storage emits the return again as new objects with the same content: keeping
  // the objects the editor has means nothing downstream (checks, grid, panels) runs again for it.
  // A keystroke is a change by construction, and the comparison would cost it a pass over every
  // cell (profiled): `typed` marks an update that only an edit caused.
  let typed = false;
  const report = createMemo<Report | undefined>((previous) => {
    const s = stored();
    const next = s ? applyOverlay(s, overlay()) : undefined;
    const edit = typed;
    typed = false;
    return !edit && sameOptional(previous, next) ? previous : next;
  });
  const context = createMemo<ValidationContext>(
    () => {
      const r = report();
      return r ? contextFromReturns(r, others(), today()) : { today: today() };
    },
    { today: today() },
    { equals: sameContext },
  );
  const findings = createMemo<Finding[]>((previous) => {
    const r = report();
    return r ? stabilise(previous, validateReport(r, context())) : [];
  }, []);
  const status = createMemo(() => {
    const r = report();
    return r ? returnStatus(r, findings()) : undefined;
  });

  const journal = getJournal();
  /**
   * Every edit: journalled in the task right after the keystroke's (or at once when the page is
   * hidden or closed: the journal is flushed then), then autosaved.
   */
  const push = (edit: ReturnEdit, base: readonly SeenValue[]) => {
    journal.recordSoon(enterpriseId, kind, period, edit, base);
    autosaver.push(edit);
  };
  const autosaver = createAutosaver(
    async (edits) => {
      setSaveState({ state: 'saving' });
      await repo.saveEdits(enterpriseId, kind, period, edits);
      journal.committed({ enterpriseId, kind, period }, edits);
      const saved = edits.map(textOf).filter((x) => x !== undefined);
      setOverlay((o) => dropReflected(markCommitted(o, saved), stored()));
      if (autosaver.pending() === 0) setSaveState({ state: 'saved' });
    },
    {
      delayMs: 250,
      onError: (e: unknown) => setSaveState({ state: 'failed', message: errorText(e) }),
    },
  );
  const unbind = bindPageLifecycle(autosaver);
  onCleanup(() => {
    unbind();
    void autosaver.flush().finally(() => autosaver.dispose());
  });

  /** Applies an edit without recording it for undo (undo/redo themselves, automatic fills). */
  const apply = (kind: 'cell' | 'explanation', key: string, text: string | undefined) => {
    // What storage may hold for this key as this page knows it, for a replay of the journal after
    // a crash (storage/replayDecision): the stored value shown, and this page's own value before
    // this edit (its save may be committing right now).
    const valueIn = (r: Report | undefined) => (kind === 'cell' ? r?.cells[key]?.raw : r?.explanations[key]);
    const base = untrack(() => [seenValue(valueIn(stored())), seenValue(valueIn(report()))]);
    batch(() => {
      typed = true;
      setOverlay((o) => withEdit(o, kind, key, text));
      setSaveState({ state: 'saving' });
    });
    push(
      kind === 'cell'
        ? { type: 'cell', ref: key, raw: text }
        : { type: 'explanation', key, text: text ?? '' },
      base,
    );
  };
  const [history, setHistory] = createSignal<UndoState>(emptyUndo);
  const edit = (kind: 'cell' | 'explanation', key: string, text: string | undefined, group?: number) => {
    const r = report();
    const before = kind === 'cell' ? r?.cells[key]?.raw : r?.explanations[key];
    const step = { kind, key, before, after: text === '' ? undefined : text, at: Date.now() };
    // One update for the undo step and the edit: the page re-renders once per keystroke.
    batch(() => {
      setHistory((h) => record(h, group === undefined ? step : { ...step, group }));
      apply(kind, key, text);
    });
  };
  const setCell = (ref: string, raw: string | undefined) => edit('cell', ref, raw);
  let groups = 0;
  /** Cells set by one action (a pasted block): one re-render, and one undo step for them all. */
  const setCells = (entries: readonly (readonly [string, string | undefined])[]) => {
    const group = ++groups;
    batch(() => {
      for (const [ref, raw] of entries) edit('cell', ref, raw, group);
    });
  };

  // 本年上期累计 comes from the stored previous month: keep it in step whenever either changes.
  createEffect(() => {
    const prev = previousMonth();
    const r = report();
    if (!prev || !r) return;
    for (const [ref, raw] of previousMonthFill(r, prev)) apply('cell', ref, raw);
  });

  return {
    report,
    findings,
    context,
    async replace(next) {
      await autosaver.flush();
      await repo.replaceReturn(enterpriseId, kind, period, next, 'import');
      setHistory(emptyUndo); // undo steps of the old data do not apply to the imported one
      return async () => {
        await autosaver.flush();
        await repo.undoReplace(returnIdOf(enterpriseId, kind, period));
      };
    },
    status,
    openError,
    saveState,
    previousMonth,
    setCell,
    setCells,
    setExplanation: (key, text) => edit('explanation', key, text),
    canUndo: () => history().undo.length > 0,
    canRedo: () => history().redo.length > 0,
    undo() {
      const u = undo(history());
      if (!u) return;
      batch(() => {
        setHistory(u[1]);
        for (const s of u[0]) apply(s.kind, s.key, s.before);
      });
    },
    redo() {
      const r = redo(history());
      if (!r) return;
      batch(() => {
        setHistory(r[1]);
        for (const s of r[0]) apply(s.kind, s.key, s.after);
      });
    },
    flush: () => autosaver.flush(),
  };
}
