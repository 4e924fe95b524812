// Returns: opening one (created on first open), saving the editor's edits, replacing one by an
// imported file and undoing that. Every write is one transaction that reads the current row,
// so concurrent writers (two tabs, a batch import) never lose each other's changes.
import type { Report, ReportKind } from '../core';
import { canonicalJson, layoutOfReport, setCells, toStoredForm } from '../core';
import { msg } from '../core/message';
import type { ReturnEdit } from './applyEdits';
import { applyEdits } from './applyEdits';
import { KEEP_LATEST_REVISIONS } from './pruneRevisions';
import type { RepoContext } from './context';
import { NotFoundError } from './errors';
import type { ReturnRow, RevisionReason } from './records';
import { returnIdOf } from './records';
import {
  currentReturn,
  reportOf,
  reportOfRow,
  requireEnterprise,
  revisionRange,
  writeReturn,
} from './writeReturn';

const sameData = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

// Annual first, then months in order: the order the returns page lists them.
const byKindThenPeriod = (a: ReturnRow, b: ReturnRow) =>
  a.kind === b.kind ? (a.period < b.period ? -1 : a.period > b.period ? 1 : 0) : a.kind === 'annual' ? -1 : 1;

export function returnsRepo(ctx: RepoContext) {
  const { db } = ctx;
  const tables = [db.enterprises, db.returns, db.revisions];

  return {
    /** The enterprise's stored returns: annual first, then by period. */
    async listReturns(enterpriseId: string): Promise<ReturnRow[]> {
      const rows = await db.returns.where('enterpriseId').equals(enterpriseId).toArray();
      return rows.sort(byKindThenPeriod);
    },

    /** The stored return, or undefined when there is none. Unreadable data throws StoredDataError. */
    async loadReturn(enterpriseId: string, kind: ReportKind, period: string): Promise<Report | undefined> {
      const row = await db.returns.get(returnIdOf(enterpriseId, kind, period));
      return row ? reportOfRow(row) : undefined;
    },

    /** The return, created (empty, identity from the enterprise record) when it does not exist yet. */
    async ensureReturn(enterpriseId: string, kind: ReportKind, period: string): Promise<Report> {
      const existing = await db.returns.get(returnIdOf(enterpriseId, kind, period));
      if (existing) return reportOfRow(existing);
      return ctx.write(tables, async () => {
        const enterprise = await requireEnterprise(ctx, enterpriseId);
        const { row, report } = await currentReturn(ctx, enterprise, kind, period);
        if (row) return report;
        const fresh =
          kind === 'monthly' ? withIdentityOf(report, await earlierMonth(enterpriseId, period)) : report;
        await writeReturn(ctx, { enterprise, previous: undefined, report: fresh, reason: 'edit' });
        return fresh;
      });
    },

    /**
     * Applies the editor's edits to the return as stored now (read-modify-write in one
     * transaction) and saves the result as a new version and revision. Edits that change nothing
     * write nothing. Returns the saved report.
     */
    async saveEdits(
      enterpriseId: string,
      kind: ReportKind,
      period: string,
      edits: readonly ReturnEdit[],
    ): Promise<Report> {
      return ctx.write(tables, async () => {
        const enterprise = await requireEnterprise(ctx, enterpriseId);
        const current = await currentReturn(ctx, enterprise, kind, period);
        const report = applyEdits(current.report, edits);
        const previous = current.row ? { row: current.row, report: current.report } : undefined;
        if (!previous || !sameData(previous.row.data, toStoredForm(report))) {
          await writeReturn(ctx, { enterprise, previous, report, reason: 'edit' });
        }
        return report;
      });
    },

    /**
     * Replaces the whole return (an imported file). The state before is kept as a revision, so
     * undoReplace can bring it back; a return that did not exist is first created empty.
     */
    async replaceReturn(
      enterpriseId: string,
      kind: ReportKind,
      period: string,
      report: Report,
      reason: RevisionReason = 'import',
    ): Promise<Report> {
      if (report.kind !== kind || report.period !== period) {
        throw new RangeError(
          `replaceReturn: report is ${report.kind} ${report.period}, not ${kind} ${period}`,
        );
      }
      // Through the normaliser, so nothing stored is anything restoreReport would not give back.
      const next = reportOf(toStoredForm(report), msg('要保存的报表', 'The return to be saved'));
      return ctx.write(tables, async () => {
        const enterprise = await requireEnterprise(ctx, enterpriseId);
        const current = await currentReturn(ctx, enterprise, kind, period);
        const before = current.report;
        const row =
          current.row ??
          (await writeReturn(ctx, { enterprise, previous: undefined, report: before, reason: 'edit' }));
        if (current.row) await checkpoint(current.row);
        await writeReturn(ctx, {
          enterprise,
          previous: { row, report: before },
          report: next,
          reason,
          identityBefore: { uscc: enterprise.uscc, name: enterprise.name },
        });
        return next;
      });
    },

    /**
     * Undoes the latest replaceReturn of a return: its state just before that import becomes
     * current again (a new version, revision reason 'undo'). Edits made after the import are
     * undone too; they stay in the history.
     */
    async undoReplace(returnId: string): Promise<Report> {
      return ctx.write(tables, async () => {
        const row = await db.returns.get(returnId);
        if (!row)
          throw new NotFoundError(
            msg('找不到该报表，可能已被删除。', 'The return cannot be found; it may have been deleted.'),
          );
        const [lower, upper] = revisionRange(returnId);
        const history = await db.revisions
          .where('[returnId+savedAt]')
          .between(lower, upper, true, true)
          .toArray();
        history.reverse(); // newest first (ties: higher id first, as the index orders by key then id)
        const at = history.findIndex((r) => r.reason === 'import');
        const undone = history.findIndex((r) => r.reason === 'undo');
        const before = history[at + 1];
        if (at < 0 || !before)
          throw new NotFoundError(msg('没有可以撤销的导入。', 'There is no import to undo.'));
        if (undone >= 0 && undone < at)
          throw new NotFoundError(
            msg('最近一次导入已经撤销。', 'The latest import has already been undone.'),
          );
        // Past the fully kept revisions, the state just before the import may have been pruned;
        // the next older revision would be a wrong state, so refuse rather than guess.
        if (at + 1 >= KEEP_LATEST_REVISIONS) {
          throw new NotFoundError(
            msg(
              '导入之后又修改了很多次，无法直接撤销导入；请在历史版本中选择要恢复的版本。',
              'The return was edited many times after the import, so the import cannot be undone directly; please pick the version to restore in the history.',
            ),
          );
        }
        const enterprise = await requireEnterprise(ctx, row.enterpriseId);
        const report = reportOf(
          before.data,
          msg(
            `导入前的报表版本（${before.savedAt}）`,
            `The version of the return before the import (${before.savedAt})`,
          ),
          row,
        );
        // The enterprise's code and name as they were before the import (it may have set them).
        const identity = history[at]?.identityBefore;
        await writeReturn(ctx, {
          enterprise: identity ? { ...enterprise, ...identity } : enterprise,
          previous: { row, report: reportOfRow(row) },
          report,
          reason: 'undo',
        });
        return report;
      });
    },
  };

  /** The enterprise's latest monthly return before `period`, if any. */
  async function earlierMonth(enterpriseId: string, period: string): Promise<Report | undefined> {
    const rows = await db.returns.where('enterpriseId').equals(enterpriseId).toArray();
    const earlier = rows
      .filter((r) => r.kind === 'monthly' && r.period < period)
      .sort((a, b) => (a.period < b.period ? 1 : -1))[0];
    return earlier ? reportOfRow(earlier) : undefined;
  }

  /**
   * Makes sure the row's current state is the newest revision before it is replaced. It is,
   * whenever the row was written through writeReturn; rows from a backup or an upgrade may not be.
   */
  async function checkpoint(row: ReturnRow): Promise<void> {
    const [lower, upper] = revisionRange(row.id);
    const newest = await db.revisions.where('[returnId+savedAt]').between(lower, upper, true, true).last();
    if (newest && sameData(newest.data, row.data)) return;
    // Never before the newest revision: the checkpoint must read as the state just before import.
    const savedAt = newest && newest.savedAt > row.updatedAt ? newest.savedAt : row.updatedAt;
    await db.revisions.add({ returnId: row.id, savedAt, reason: 'edit', data: row.data });
  }
}

/**
 * A new month starts with the identity and contact fields (软统企1表 part of the monthly return)
 * of the latest earlier month: they rarely change, and retyping them twelve times a year is what
 * users complained of. Fields the new return already has (B01, B03 from the enterprise) stay; a
 * field the new month's edition does not have is left out.
 */
function withIdentityOf(fresh: Report, earlier: Report | undefined): Report {
  if (!earlier) return fresh;
  const layout = layoutOfReport(fresh);
  const carried = Object.entries(earlier.cells).filter(
    ([ref, cell]) => ref.startsWith('T1.') && cell && !fresh.cells[ref] && layout.byRef.has(ref),
  );
  return carried.length === 0
    ? fresh
    : setCells(
        fresh,
        carried.map(([ref, cell]) => [ref, cell?.raw]),
      );
}
