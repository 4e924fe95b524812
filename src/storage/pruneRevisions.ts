// Which revisions of a return to forget. Recent history is kept in full (every save can be
// undone), older history one state per day, so a return edited all year keeps a bounded,
// still useful history ("how did it look on 3 March?").
import { shanghaiDateOf } from '../core';

/** Revisions kept in full, newest first, per return. */
export const KEEP_LATEST_REVISIONS = 50;

/**
 * The ids to delete: all but the newest `keepLatest`, except the newest revision of each calendar
 * day (Asia/Shanghai, the survey's time zone) among the older ones. Equal times order by id.
 */
export function revisionsToPrune(
  revisions: readonly { readonly id: number; readonly savedAt: string }[],
  keepLatest: number = KEEP_LATEST_REVISIONS,
): number[] {
  const newestFirst = [...revisions].sort((a, b) =>
    a.savedAt === b.savedAt ? b.id - a.id : a.savedAt < b.savedAt ? 1 : -1,
  );
  const daysKept = new Set<string>();
  const prune: number[] = [];
  for (const r of newestFirst.slice(keepLatest)) {
    const day = shanghaiDateOf(r.savedAt);
    if (daysKept.has(day)) prune.push(r.id);
    else daysKept.add(day);
  }
  return prune;
}
