// Edits the user has made that storage has not yet reflected back. The editor shows stored data
// with this overlay on top, so typing is instant and a slow or failed save never loses a keystroke;
// an entry leaves the overlay once its save committed and storage has emitted again.
import type { Report } from '../../core';
import { setCell, setExplanation } from '../../core';

export interface OverlayEntry {
  readonly kind: 'cell' | 'explanation';
  readonly key: string;
  readonly text: string | undefined;
  /** The save carrying exactly this text has committed. */
  readonly committed: boolean;
}

export type Overlay = ReadonlyMap<string, OverlayEntry>;

const idOf = (kind: OverlayEntry['kind'], key: string) => `${kind}:${key}`;

export function withEdit(
  overlay: Overlay,
  kind: OverlayEntry['kind'],
  key: string,
  text: string | undefined,
): Overlay {
  const next = new Map(overlay);
  // A cleared explanation is saved as '' (its journal and save entries carry text, never none):
  // kept the same here, or the save would never match the entry and it would hide later texts.
  const kept = kind === 'explanation' ? (text ?? '') : text;
  next.set(idOf(kind, key), { kind, key, text: kept, committed: false });
  return next;
}

/** Marks entries committed when the saved text is still the latest typed text. */
export function markCommitted(
  overlay: Overlay,
  saved: readonly { kind: OverlayEntry['kind']; key: string; text: string | undefined }[],
): Overlay {
  let next: Map<string, OverlayEntry> | undefined;
  for (const s of saved) {
    const id = idOf(s.kind, s.key);
    const entry = overlay.get(id);
    if (entry && !entry.committed && entry.text === s.text) {
      next ??= new Map(overlay);
      next.set(id, { ...entry, committed: true });
    }
  }
  return next ?? overlay;
}

/** Drops committed entries: storage now holds them. */
export function dropCommitted(overlay: Overlay): Overlay {
  if (![...overlay.values()].some((e) => e.committed)) return overlay;
  return new Map([...overlay].filter(([, e]) => !e.committed));
}

/** The stored report with the overlay applied. Cells the edition does not define are ignored. */
export function applyOverlay(report: Report, overlay: Overlay): Report {
  let next = report;
  for (const e of overlay.values()) {
    if (e.kind === 'explanation') next = setExplanation(next, e.key, e.text ?? '');
    else {
      try {
        next = setCell(next, e.key, e.text);
      } catch {
        // A reference of another edition cannot be applied; storage will refuse it too.
      }
    }
  }
  return next;
}

/** Drops committed entries that the stored report already shows (its emission may have come first). */
export function dropReflected(overlay: Overlay, stored: Report | undefined): Overlay {
  if (!stored) return overlay;
  const reflected = (e: OverlayEntry) =>
    e.committed &&
    (e.kind === 'cell' ? stored.cells[e.key]?.raw : stored.explanations[e.key]) ===
      (e.text === '' ? undefined : e.text);
  if (![...overlay.values()].some(reflected)) return overlay;
  return new Map([...overlay].filter(([, e]) => !reflected(e)));
}
