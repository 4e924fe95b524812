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

/**
 * What a cell or explanation holds, for comparing: a blank cell and an empty explanation are null
 * (JSON has no undefined).
 */
export type SeenValue = string | null;
export const seenValue = (v: string | null | undefined): SeenValue =>
  v === undefined || v === '' ? null : v;

/** How many values `seen` keeps per key (see record). */
const MAX_SEEN = 12;

/**
 * JSON has no undefined: a cleared cell is journalled with raw null. `seen`: what the stored
 * return held for this key as far as the page knew (the stored value when it was first edited,
 * and the page's own earlier values since, some of which may have been saved): replay applies
 * the edit only while storage still holds one of these, so a change made since by another page
 * is never overwritten. Entries written before `seen` existed have none.
 */
type StoredEdit = (
  | { type: 'cell'; ref: string; raw: string | null }
  | { type: 'explanation'; key: string; text: string }
  | { type: 'status'; status: 'draft' | 'ready' }
) & { seen?: SeenValue[] };

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
  /** Per edit (same order), what storage may hold for it to be applied; undefined: not known. */
  readonly seen: readonly (readonly SeenValue[] | undefined)[];
}

const toStored = (e: ReturnEdit): StoredEdit =>
  e.type === 'cell' ? { type: 'cell', ref: e.ref, raw: e.raw ?? null } : { ...e };
const fromStored = (e: StoredEdit): ReturnEdit => {
  if (e.type === 'cell') return { type: 'cell', ref: e.ref, raw: e.raw ?? undefined };
  return e.type === 'explanation'
    ? { type: e.type, key: e.key, text: e.text }
    : { type: e.type, status: e.status };
};
/** The value an edit writes, for comparing with `seen`. */
export const editValue = (e: ReturnEdit): SeenValue =>
  seenValue(e.type === 'cell' ? e.raw : e.type === 'explanation' ? e.text : e.status);
const sameEdit = (a: StoredEdit, b: StoredEdit) =>
  JSON.stringify(fromStored(a)) === JSON.stringify(fromStored(b));

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
      if (
        r.seen !== undefined &&
        !(Array.isArray(r.seen) && r.seen.every((v: unknown) => v === null || typeof v === 'string'))
      )
        return false;
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
  let queued: {
    enterpriseId: string;
    kind: ReportKind;
    period: string;
    edit: ReturnEdit;
    base?: readonly SeenValue[];
  }[] = [];
  /** Writes what recordSoon queued: one read and one write per return for all of it. */
  const flush = (): void => {
    if (queued.length === 0) return;
    const byReturn = new Map<
      string,
      { p: (typeof queued)[number]; edits: ReturnEdit[]; bases: (readonly SeenValue[] | undefined)[] }
    >();
    for (const q of queued) {
      const id = idOf(q.enterpriseId, q.kind, q.period);
      const group = byReturn.get(id) ?? { p: q, edits: [], bases: [] };
      group.edits.push(q.edit);
      group.bases.push(q.base);
      byReturn.set(id, group);
    }
    queued = [];
    for (const { p, edits, bases } of byReturn.values())
      journal.record(p.enterpriseId, p.kind, p.period, edits, bases);
  };

  const journal = {
    /**
     * Journals edits of a return the moment they are made (later edits of a key replace earlier
     * ones). `bases`, per edit: what storage may hold for its key as the page knows it (the stored
     * value it shows, its own value before this edit), see `seen`.
     */
    record(
      enterpriseId: string,
      kind: ReportKind,
      period: string,
      edits: readonly ReturnEdit[],
      bases: readonly (readonly SeenValue[] | undefined)[] = [],
    ): void {
      flush(); // queued edits are older: written first, so these replace them
      const entries = read();
      const id = idOf(enterpriseId, kind, period);
      const byKey = new Map((entries.get(id)?.edits ?? []).map((e) => [editKey(fromStored(e)), e]));
      edits.forEach((e, i) => {
        const key = editKey(e);
        const earlier = byKey.get(key);
        // What storage may hold now: what it held before, and this page's earlier values (a save
        // of one may have committed); unknown when neither is known.
        const seen = new Set<SeenValue>(earlier?.seen ?? []);
        if (earlier) seen.add(editValue(fromStored(earlier)));
        const base = bases[i];
        for (const b of base ?? []) seen.add(b);
        // Bounded: the stored values known at the first edits, then the page's latest values
        // (only those sent to a save can be in storage; a save goes every 250 ms, so the last
        // few cover it). Typing a long text would otherwise keep every prefix of it.
        if (seen.size > MAX_SEEN) {
          const all = [...seen];
          seen.clear();
          for (const v of [...all.slice(0, 2), ...all.slice(-(MAX_SEEN - 2))]) seen.add(v);
        }
        byKey.delete(key); // re-insert so the order stays the order of the latest edits
        byKey.set(
          key,
          seen.size > 0 && (base !== undefined || earlier?.seen)
            ? { ...toStored(e), seen: [...seen] }
            : toStored(e),
        );
      });
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
    recordSoon(
      enterpriseId: string,
      kind: ReportKind,
      period: string,
      edit: ReturnEdit,
      base?: readonly SeenValue[],
    ): void {
      if (queued.length === 0) schedule(flush);
      queued.push({ enterpriseId, kind, period, edit, ...(base === undefined ? {} : { base }) });
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
          seen: e.edits.map((d) => d.seen),
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
      // Dropped only when they can never apply: the enterprise is gone, storage refuses the data,
      // or the edit names a cell or period the program does not have (RangeError). Anything else
      // (a full disk, the database closed by an upgrade in another tab, a passing failure) keeps
      // them for the next start.
      const never =
        e instanceof Error &&
        (e.name === 'NotFoundError' || e.name === 'StoredDataError' || e.name === 'RangeError');
      if (!never) {
        console.warn('journalled edits could not be saved now; kept for the next start', p, e);
        continue;
      }
      console.warn('journalled edits could not be saved and were dropped', p, e);
      journal.forget(p);
    }
  }
  return replayed;
}
