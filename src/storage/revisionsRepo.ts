// A return's history: every saved state, newest first, and going back to one of them. Going back
// is itself a write (a new version and revision), so it can be undone the same way.
import type { Report } from '../core';
import { msg } from '../core/message';
import type { RepoContext } from './context';
import { NotFoundError } from './errors';
import type { RevisionRow } from './records';
import { reportOf, reportOfRow, requireEnterprise, revisionRange, writeReturn } from './writeReturn';

export function revisionsRepo(ctx: RepoContext) {
  const { db } = ctx;

  return {
    /** The revisions of a return, newest first (equal times: the later written first). */
    async listRevisions(returnId: string): Promise<RevisionRow[]> {
      const [lower, upper] = revisionRange(returnId);
      return db.revisions.where('[returnId+savedAt]').between(lower, upper, true, true).reverse().toArray();
    },

    /** Makes a revision's state the current return again (revision reason 'restore'). */
    async restoreRevision(revisionId: number): Promise<Report> {
      return ctx.write([db.enterprises, db.returns, db.revisions], async () => {
        const revision = await db.revisions.get(revisionId);
        if (!revision)
          throw new NotFoundError(
            msg(
              '找不到该历史版本，可能已被清理。',
              'The earlier version cannot be found; it may have been cleaned up.',
            ),
          );
        const row = await db.returns.get(revision.returnId);
        if (!row)
          throw new NotFoundError(
            msg('找不到该报表，可能已被删除。', 'The return cannot be found; it may have been deleted.'),
          );
        const enterprise = await requireEnterprise(ctx, row.enterpriseId);
        const report = reportOf(
          revision.data,
          msg(`历史版本（${revision.savedAt}）`, `The earlier version (${revision.savedAt})`),
          row,
        );
        await writeReturn(ctx, {
          enterprise,
          previous: { row, report: reportOfRow(row) },
          report,
          reason: 'restore',
        });
        return report;
      });
    },
  };
}
