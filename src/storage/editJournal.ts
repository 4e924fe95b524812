// A write-ahead journal of unsaved edits in localStorage. IndexedDB writes are asynchronous: a
// page closed within the autosave debounce (or killed mid-transaction) would lose its last
// keystrokes. localStorage writes are synchronous, so every edit is journalled the moment it is
// made and removed once its IndexedDB save committed; whatever is left is replayed at next start.
import type { ReportKind } from '../core';
import type { ReturnEdit } from './applyEdits';
import { editKey } from './applyEdits';
import { JOURNAL_KEY } from './journalKey';
import { returnIdOf } from './records';

export { JOURNAL_KEY };

/** The part of the Web Storage API the journal needs (tests pass a Map-backed fake). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** JSON has no undefined: a cleared cell is journalled with raw null. */
type StoredEdit =
  | { type: 'cell'; ref: string; raw: string | null }
  | { type: 'explanation'; key: string; text: string }
  | { type: 'status'; status: 'draft' | 'ready' };

interface JournalEntry {
  /** The page (tab) that made the edits: only a closed page's edits are replayed by another. */
  tab: string;
  enterpriseId: string;
  kind: ReportKind;
  period: string;
  /** ms since epoch of the latest edit: a live tab saves within a second, so old entries are orphans. */
  at: number;
  edits: StoredEdit[];
}

export interface PendingReturnEdits {
  readonly tab: string;
  readonly enterpriseId: string;
  readonly kind: ReportKind;
  readonly period: string;
  readonly at: number;
  readonly edits: ReturnEdit[];
}

const toStored = (e: ReturnEdit): StoredEdit =>
  e.type === 'cell' ? { type: 'cell', ref: e.ref, raw: e.raw ?? null } : { ...e };
const fromStored = (e: StoredEdit): ReturnEdit =>
  e.type === 'cell' ? { type: 'cell', ref: e.ref, raw: e.raw ?? undefined } : e;
const sameEdit = (a: StoredEdit, b: StoredEdit) => JSON.stringify(a) === JSON.stringify(b);

function isEntry(x: unknown): x is JournalEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return (
    typeof e.tab === 'string' &&
    typeof e.enterpriseId === 'string' &&
    (e.kind === 'annual' || e.kind === 'monthly') &&
    typeof e.period === 'string' &&
    typeof e.at === 'number' &&
    Array.isArray(e.edits) &&
    e.edits.every((d: unknown) => {
      if (typeof d !== 'object' || d === null) return false;
      const r = d as Record<string, unknown>;
      if (r.type === 'cell')
        return typeof r.ref === 'string' && (r.raw === null || typeof r.raw === 'string');
      if (r.type === 'explanation') return typeof r.key === 'string' && typeof r.text === 'string';
      return r.type === 'status' && (r.status === 'draft' || r.status === 'ready');
    })
  );
}

/**
 * The journal of one page. `tab` names the page (a random id per page load); entries are keyed by
 * tab and return, so two pages editing one return never clear each other's unsaved edits.
 */
export function createEditJournal(
  storage: KeyValueStorage | undefined,
  {
    tab,
    now = Date.now,
    schedule = (task) => void setTimeout(task, 0),
  }: {
    tab: string;
    now?: () => number;
    /** Runs `recordSoon`'s write in a task of its own (tests pass their own). */
    schedule?: (task: () => void) => void;
  },
) {
  const idOf = (enterpriseId: string, kind: ReportKind, period: string) =>
    `${tab}|${returnIdOf(enterpriseId, kind, period)}`;
  // The journal as this page last read or wrote it. Every keystroke journals an edit: while no other
  // page has written since, the stored text is the same and need not be parsed and checked again.
  let known: { text: string | null; entries: ReadonlyMap<string, JournalEntry> } | undefined;
  const read = (): Map<string, JournalEntry> => {
    let text: string | null = null;
    try {
      text = storage?.getItem(JOURNAL_KEY) ?? null;
    } catch {
      // Storage blocked: as if empty.
    }
    if (known && known.text === text) return new Map(known.entries);
    const entries = new Map<string, JournalEntry>();
    try {
      const parsed: unknown = JSON.parse(text ?? '{}');
      if (typeof parsed === 'object' && parsed !== null)
        for (const [id, entry] of Object.entries(parsed)) if (isEntry(entry)) entries.set(id, entry);
    } catch {
      // A corrupt journal is dropped: IndexedDB still holds everything saved before it.
    }
    known = { text, entries: new Map(entries) };
    return entries;
  };
  const write = (entries: Map<string, JournalEntry>) => {
    const text = entries.size === 0 ? null : JSON.stringify(Object.fromEntries(entries));
    try {
      if (text === null) storage?.removeItem(JOURNAL_KEY);
      else storage?.setItem(JOURNAL_KEY, text);
      known = { text, entries: new Map(entries) };
    } catch {
      // Storage full or blocked: the IndexedDB save path still runs; only crash safety is reduced.
      known = undefined;
    }
  };

  // Edits of recordSoon not yet written, in order; a write for them is scheduled while non-empty.
  let queued: { enterpriseId: string; kind: ReportKind; period: string; edit: ReturnEdit }[] = [];
  /** Writes what recordSoon queued: one read and one write per return for all of it. */
  const flush = (): void => {
    if (queued.length === 0) return;
    const byReturn = new Map<string, { p: (typeof queued)[number]; edits: ReturnEdit[] }>();
    for (const q of queued) {
      const id = idOf(q.enterpriseId, q.kind, q.period);
      const group = byReturn.get(id) ?? { p: q, edits: [] };
      group.edits.push(q.edit);
      byReturn.set(id, group);
    }
    queued = [];
    for (const { p, edits } of byReturn.values()) journal.record(p.enterpriseId, p.kind, p.period, edits);
  };

  const journal = {
    /** Journals edits of a return the moment they are made (later edits of a key replace earlier ones). */
    record(enterpriseId: string, kind: ReportKind, period: string, edits: readonly ReturnEdit[]): void {
      flush(); // queued edits are older: written first, so these replace them
      const entries = read();
      const id = idOf(enterpriseId, kind, period);
      const byKey = new Map((entries.get(id)?.edits ?? []).map((e) => [editKey(fromStored(e)), e]));
      for (const e of edits) {
        byKey.delete(editKey(e)); // re-insert so the order stays the order of the latest edits
        byKey.set(editKey(e), toStored(e));
      }
      entries.set(id, { tab, enterpriseId, kind, period, at: now(), edits: [...byKey.values()] });
      write(entries);
    },

    /**
     * Journals one edit in the task right after the keystroke's (`schedule`; the page runs it with
     * its other deferred updates, see ui/data/nextTask): the write (a synchronous
     * localStorage call, the largest single cost of a keystroke at 4x throttling) then stays out of
     * the time from key to updated findings. `flush` writes it at once; the page calls it on
     * pagehide and when hidden, and every other method of the journal flushes first.
     */
    recordSoon(enterpriseId: string, kind: ReportKind, period: string, edit: ReturnEdit): void {
      if (queued.length === 0) schedule(flush);
      queued.push({ enterpriseId, kind, period, edit });
    },

    flush,

    /** Removes edits whose save committed, unless the key was edited again since (any page's entry). */
    committed(
      p: { tab?: string; enterpriseId: string; kind: ReportKind; period: string },
      edits: readonly ReturnEdit[],
    ): void {
      flush();
      const entries = read();
      const id = `${p.tab ?? tab}|${returnIdOf(p.enterpriseId, p.kind, p.period)}`;
      const entry = entries.get(id);
      if (!entry) return;
      const saved = edits.map(toStored);
      const left = entry.edits.filter((e) => !saved.some((s) => sameEdit(s, e)));
      if (left.length === 0) entries.delete(id);
      else entries.set(id, { ...entry, edits: left });
      write(entries);
    },

    /** Journalled edits of pages for which `isOrphan(tab)` holds (closed pages), never this page's own. */
    pending(isOrphan: (tab: string) => boolean = () => true): PendingReturnEdits[] {
      flush();
      return [...read().values()]
        .filter((e) => e.tab !== tab && isOrphan(e.tab))
        .map((e) => ({
          tab: e.tab,
          enterpriseId: e.enterpriseId,
          kind: e.kind,
          period: e.period,
          at: e.at,
          edits: e.edits.map(fromStored),
        }));
    },

    /** Forgets a page's journal of one return (when it can never be applied). */
    forget(p: { tab: string; enterpriseId: string; kind: ReportKind; period: string }): void {
      flush();
      const entries = read();
      if (entries.delete(`${p.tab}|${returnIdOf(p.enterpriseId, p.kind, p.period)}`)) write(entries);
    },
  };
  return journal;
}

export type EditJournal = ReturnType<typeof createEditJournal>;

/**
 * Saves what closed pages left in the journal. Edits of a return that no longer exists (its
 * enterprise was deleted) or that storage refuses are dropped with a warning, never retried forever.
 */
export async function replayJournal(
  journal: EditJournal,
  save: (p: PendingReturnEdits) => Promise<unknown>,
  isOrphan: (tab: string) => boolean,
): Promise<number> {
  let replayed = 0;
  for (const p of journal.pending(isOrphan)) {
    try {
      await save(p);
      journal.committed(p, p.edits);
      replayed++;
    } catch (e) {
      if (e instanceof Error && e.name === 'StorageFullError') continue; // keep: retry when there is room
      console.warn('journalled edits could not be saved and were dropped', p, e);
      journal.forget(p);
    }
  }
  return replayed;
}
