// The one path by which a return's data is read from and written to its row. Every write bumps
// the row's version, records the written state as a revision, prunes old revisions and keeps the
// enterprise record in step, all inside the caller's transaction.
import { Dexie } from 'dexie';
import type { Message, Report, ReportKind } from '../core';
import { editionForPeriod, emptyReport, restoreReport, toStoredForm } from '../core';
import { msg } from '../core/message';
import type { RepoContext } from './context';
import { bilingualRangeError, NotFoundError, StoredDataError } from './errors';
import { identityOf, withIdentity } from './identity';
import { revisionsToPrune } from './pruneRevisions';
import type { EnterpriseRecord, ReturnRow, RevisionReason } from './records';
import { returnIdOf } from './records';

const ANNUAL_PERIOD = /^\d{4}$/;
const MONTHLY_PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

const returnName = (kind: ReportKind, period: string) => `${period}${kind === 'annual' ? ' 年报' : ' 月报'}`;
const returnNameEn = (kind: ReportKind, period: string) =>
  `${period} ${kind === 'annual' ? 'annual' : 'monthly'} return`;

/** The report a stored JSON form holds, or a StoredDataError with restoreReport's problems. */
export function reportOf(
  data: unknown,
  what: Message,
  expected?: { kind: ReportKind; period: string },
): Report {
  const restored = restoreReport(data, { checksum: 'ignore' });
  if (!restored.ok) throw new StoredDataError(what, restored.problems);
  const { report } = restored;
  if (expected && (report.kind !== expected.kind || report.period !== expected.period)) {
    throw new StoredDataError(what, [
      msg(
        `保存的数据是 ${returnName(report.kind, report.period)}，与记录的 ${returnName(expected.kind, expected.period)} 不符。`,
        `The stored data is the ${returnNameEn(report.kind, report.period)}, not the ${returnNameEn(expected.kind, expected.period)} of its record.`,
      ),
    ]);
  }
  return report;
}

/** The report of a stored row (checked against the row's kind and period). */
export const reportOfRow = (row: ReturnRow): Report =>
  reportOf(
    row.data,
    msg(
      `已保存的报表（${returnName(row.kind, row.period)}）`,
      `The saved return (${returnNameEn(row.kind, row.period)})`,
    ),
    row,
  );

export async function requireEnterprise(ctx: RepoContext, id: string): Promise<EnterpriseRecord> {
  const enterprise = await ctx.db.enterprises.get(id);
  if (!enterprise)
    throw new NotFoundError(
      msg('找不到该企业，可能已被删除。', 'The enterprise cannot be found; it may have been deleted.'),
    );
  return enterprise;
}

/** A new, empty return of the period with the enterprise's identity filled in. */
export function freshReturn(enterprise: EnterpriseRecord, kind: ReportKind, period: string): Report {
  const shape = kind === 'annual' ? ANNUAL_PERIOD : MONTHLY_PERIOD;
  if (!shape.test(period)) {
    throw bilingualRangeError(
      msg(
        `报告期“${period}”格式错误，年报应为 YYYY，月报应为 YYYY-MM。`,
        `Reporting period "${period}" is malformed: it should be YYYY for an annual return, YYYY-MM for a monthly one.`,
      ),
    );
  }
  const edition = editionForPeriod(kind, period);
  if (!edition) {
    throw bilingualRangeError(
      msg(
        `本程序没有适用于 ${returnName(kind, period)}的统计制度。`,
        `This program has no edition of the statistical system for the ${returnNameEn(kind, period)}.`,
      ),
    );
  }
  return withIdentity(emptyReport({ edition: edition.id, kind, period }), enterprise);
}

/** The stored row and its report, or (when there is none yet) a fresh report and no row. */
export async function currentReturn(
  ctx: RepoContext,
  enterprise: EnterpriseRecord,
  kind: ReportKind,
  period: string,
): Promise<{ row: ReturnRow | undefined; report: Report }> {
  const row = await ctx.db.returns.get(returnIdOf(enterprise.id, kind, period));
  return { row, report: row ? reportOfRow(row) : freshReturn(enterprise, kind, period) };
}

export interface WriteReturn {
  readonly enterprise: EnterpriseRecord;
  /** The row being replaced, if any, and the report it held. */
  readonly previous: { readonly row: ReturnRow; readonly report: Report } | undefined;
  readonly report: Report;
  readonly reason: RevisionReason;
  /** Kept on the revision (see RevisionRow.identityBefore). */
  readonly identityBefore?: { readonly uscc: string; readonly name: string };
}

/**
 * Writes a return's new state. Call inside a transaction over enterprises, returns and revisions.
 * When B01/B03 of an annual return change, the enterprise record takes the new (non-blank)
 * values; its updatedAt always moves, so lists show the enterprise's latest activity.
 */
export async function writeReturn(ctx: RepoContext, w: WriteReturn): Promise<ReturnRow> {
  const { db } = ctx;
  const at = ctx.nowIso();
  const data = toStoredForm(w.report);
  const row: ReturnRow = {
    id: returnIdOf(w.enterprise.id, w.report.kind, w.report.period),
    enterpriseId: w.enterprise.id,
    kind: w.report.kind,
    period: w.report.period,
    data,
    version: (w.previous?.row.version ?? 0) + 1,
    updatedAt: at,
  };
  await db.enterprises.put({ ...w.enterprise, ...changedIdentity(w), updatedAt: at });
  await db.returns.put(row);
  await db.revisions.add({
    returnId: row.id,
    savedAt: at,
    reason: w.reason,
    data,
    ...(w.identityBefore ? { identityBefore: w.identityBefore } : {}),
  });
  await pruneRevisionsOf(ctx, row.id);
  return row;
}

/** The identity fields an annual write changed, to copy to the enterprise record. */
function changedIdentity(w: WriteReturn): { uscc?: string; name?: string } {
  if (w.report.kind !== 'annual') return {};
  const before = w.previous ? identityOf(w.previous.report) : {};
  const after = identityOf(w.report);
  return {
    ...(after.uscc !== undefined && after.uscc !== before.uscc ? { uscc: after.uscc } : {}),
    ...(after.name !== undefined && after.name !== before.name ? { name: after.name } : {}),
  };
}

/** Range of the [returnId+savedAt] index holding one return's revisions. */
export const revisionRange = (returnId: string) =>
  [
    [returnId, Dexie.minKey],
    [returnId, Dexie.maxKey],
  ] as const;

/** Deletes the revisions of a return the retention policy drops (reads keys only, not data). */
export async function pruneRevisionsOf(ctx: RepoContext, returnId: string): Promise<void> {
  const keys: { id: number; savedAt: string }[] = [];
  const [lower, upper] = revisionRange(returnId);
  await ctx.db.revisions
    .where('[returnId+savedAt]')
    .between(lower, upper, true, true)
    .eachKey((key, cursor) => {
      keys.push({ id: cursor.primaryKey, savedAt: String((key as [string, string])[1]) });
    });
  const prune = revisionsToPrune(keys);
  if (prune.length > 0) await ctx.db.revisions.bulkDelete(prune);
}
