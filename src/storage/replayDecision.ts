// Which of a closed page's journalled edits to save now. Per key, like a three-way merge: an edit
// is applied while storage still holds what the page knew there (the stored value it showed, or
// one of its own earlier values, whose save may have committed as the page closed). A key that
// another page has changed since keeps that change. This is what the return's time alone cannot
// tell: a later save of another key, or the closed page's own save landing after its last
// keystroke, made every edit of the entry look stale.
import type { Report } from '../core';
import type { ReturnEdit } from './applyEdits';
import type { PendingReturnEdits, SeenValue } from './editJournal';
import { editValue, seenValue } from './editJournal';

/** What the stored return holds for an edit's key. */
function storedValue(report: Report, e: ReturnEdit): SeenValue {
  if (e.type === 'cell') return seenValue(report.cells[e.ref]?.raw);
  if (e.type === 'explanation') return seenValue(report.explanations[e.key]);
  return report.status;
}

/**
 * The edits of `p` to save, given the stored return (undefined when there is none yet) and the
 * time it was last written (ms). Edits journalled before `seen` existed fall back to that time:
 * applied only when the return was not written after the entry's last edit.
 */
export function editsToReplay(
  p: PendingReturnEdits,
  stored: { readonly report: Report; readonly updatedAt: number } | undefined,
): ReturnEdit[] {
  if (!stored) return [...p.edits];
  return p.edits.filter((e, i) => {
    const seen = p.seen[i];
    if (!seen) return stored.updatedAt < p.at;
    const now = storedValue(stored.report, e);
    return now !== editValue(e) && seen.includes(now);
  });
}
