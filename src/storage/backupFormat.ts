// The backup file: every table as plain JSON. Reading one checks its shape (valibot), then each
// return and revision through restoreReport, and the links between them, before anything is
// written, so a bad file is refused whole with Chinese problems instead of half-imported.
import * as v from 'valibot';
import type { JsonForm } from '../core';
import { toStoredForm } from '../core';
import { StoredDataError } from './errors';
import { enterpriseV1toV2 } from './migrations';
import type { BatchItemRow, BatchRow } from './batchRecords';
import { batchItemRow } from './batchRecords';
import type { EnterpriseRecord, NewRevision, ReturnRow, RevisionRow, SettingRow } from './records';
import { REVISION_REASONS, WORKSPACES, returnIdOf } from './records';
import { reportOf } from './writeReturn';

export const BACKUP_FORMAT = 'softstat-backup';
/** Raise only together with a reader of the older versions here. */
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupDump {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  readonly exportedAt: string;
  readonly enterprises: readonly EnterpriseRecord[];
  readonly returns: readonly ReturnRow[];
  readonly revisions: readonly RevisionRow[];
  readonly settings: readonly SettingRow[];
  /** District mode's batches (absent in backups made before it existed). */
  readonly batches?: readonly BatchRow[];
  readonly batchItems?: readonly BatchItemRow[];
}

/** A checked backup, normalised: rows exactly as storage writes them. */
export interface CheckedBackup {
  readonly enterprises: EnterpriseRecord[];
  readonly returns: ReturnRow[];
  /** `id` kept when the file had one (a replace import keeps ids; a merge renumbers). */
  readonly revisions: (NewRevision & { readonly id?: number })[];
  readonly settings: SettingRow[];
  readonly batches: BatchRow[];
  readonly batchItems: BatchItemRow[];
}

const instant = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s)), '不是有效的时间'),
  v.transform((s) => new Date(s).toISOString()),
);
const id = v.pipe(v.string(), v.minLength(1, '不能为空'));

const Shape = v.object({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.literal(BACKUP_FORMAT_VERSION),
  exportedAt: v.string(),
  enterprises: v.array(
    v.object({
      id,
      // Optional: a backup written before workspaces existed gets 'main', as the v2 upgrade does.
      workspace: v.optional(v.picklist(WORKSPACES)),
      name: v.string(),
      uscc: v.string(),
      reviewUnit: v.optional(v.string()),
      createdAt: instant,
      updatedAt: instant,
    }),
  ),
  returns: v.array(
    v.object({
      id,
      enterpriseId: id,
      kind: v.picklist(['annual', 'monthly']),
      period: v.string(),
      data: v.unknown(),
      version: v.pipe(v.number(), v.integer(), v.minValue(1)),
      updatedAt: instant,
    }),
  ),
  revisions: v.array(
    v.object({
      id: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
      returnId: id,
      savedAt: instant,
      reason: v.picklist(REVISION_REASONS),
      data: v.unknown(),
    }),
  ),
  settings: v.array(v.object({ key: v.string(), value: v.unknown() })),
  batches: v.optional(
    v.array(
      v.object({
        id,
        name: v.string(),
        reviewUnit: v.string(),
        edition: v.string(),
        kind: v.picklist(['annual', 'monthly']),
        period: v.string(),
        createdAt: instant,
        updatedAt: instant,
        roster: v.optional(
          v.array(v.object({ uscc: v.string(), name: v.string(), reviewUnit: v.optional(v.string()) })),
        ),
      }),
    ),
    [],
  ),
  batchItems: v.optional(
    v.array(
      v.object({
        id,
        batchId: id,
        uscc: v.string(),
        fileName: v.string(),
        importedAt: v.string(),
        status: v.picklist(['ok', 'failed']),
        problems: v.optional(v.array(v.string())),
        notes: v.optional(v.array(v.string())),
        data: v.optional(v.unknown()),
        exportedAt: v.optional(v.string()),
        review: v.object({
          decision: v.picklist(['pending', 'approved', 'returned']),
          note: v.string(),
          at: v.optional(v.string()),
        }),
      }),
    ),
    [],
  ),
});

const MAX_PROBLEMS = 20;

function issueText(issue: v.BaseIssue<unknown>): string {
  const where = v.getDotPath(issue) ?? '文件';
  if (issue.type === 'check' || issue.type === 'min_length') return `${where}：${issue.message}`;
  return `${where}：应为 ${issue.expected ?? '其他值'}，实际为 ${issue.received}`;
}

/** The stored form of a return's data after the normaliser, or its problems. */
function normalised(
  data: unknown,
  what: string,
  expected: Pick<ReturnRow, 'kind' | 'period'>,
  problems: string[],
) {
  try {
    return toStoredForm(reportOf(data, what, expected));
  } catch (e) {
    if (!(e instanceof StoredDataError)) throw e;
    problems.push(e.message);
    return undefined;
  }
}

/** Checks a parsed backup file; on success the rows to write, normalised. */
export function checkBackup(
  input: unknown,
): { ok: true; backup: CheckedBackup } | { ok: false; problems: string[] } {
  const head = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT) return { ok: false, problems: ['文件不是本程序的备份文件。'] };
  if (typeof head.formatVersion === 'number' && head.formatVersion > BACKUP_FORMAT_VERSION) {
    return {
      ok: false,
      problems: [
        `备份文件的格式版本为 ${head.formatVersion}，高于本程序支持的版本 ${BACKUP_FORMAT_VERSION}，请升级本程序后再导入。`,
      ],
    };
  }
  const parsed = v.safeParse(Shape, input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.issues.slice(0, MAX_PROBLEMS).map((i) => `备份文件格式错误：${issueText(i)}`),
    };
  }
  const dump = parsed.output;
  const problems: string[] = [];

  // Fields in the order storage writes them, so a backup round trip is byte-for-byte.
  const enterprises = dump.enterprises.map(({ reviewUnit, workspace, ...e }): EnterpriseRecord => {
    const upgraded = enterpriseV1toV2({ ...e, workspace });
    return {
      id: e.id,
      workspace: upgraded.workspace,
      name: e.name,
      uscc: e.uscc,
      ...(reviewUnit === undefined ? {} : { reviewUnit }),
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    };
  });
  const names = new Map(enterprises.map((e) => [e.id, e.name]));
  if (names.size !== enterprises.length) problems.push('备份中有重复的企业编号。');

  const returns: ReturnRow[] = [];
  for (const r of dump.returns) {
    const what = `企业“${names.get(r.enterpriseId) ?? r.enterpriseId}”的 ${r.period} ${r.kind === 'annual' ? '年报' : '月报'}`;
    if (!names.has(r.enterpriseId)) problems.push(`${what}：所属企业不在备份中。`);
    if (r.id !== returnIdOf(r.enterpriseId, r.kind, r.period))
      problems.push(`${what}：编号“${r.id}”与企业、类型、报告期不符。`);
    const data: JsonForm | undefined = normalised(r.data, what, r, problems);
    if (data) returns.push({ ...r, data });
  }
  const returnsById = new Map(returns.map((r) => [r.id, r]));
  if (new Set(dump.returns.map((r) => r.id)).size !== dump.returns.length)
    problems.push('备份中有重复的报表编号。');

  const revisions: CheckedBackup['revisions'] = [];
  for (const { id: revisionId, ...r } of dump.revisions) {
    const owner = returnsById.get(r.returnId);
    if (!owner) {
      if (!dump.returns.some((x) => x.id === r.returnId))
        problems.push(`历史版本（${r.savedAt}）所属的报表不在备份中。`);
      continue;
    }
    const data = normalised(r.data, `历史版本（${r.savedAt}）`, owner, problems);
    if (data) revisions.push({ ...r, data, ...(revisionId === undefined ? {} : { id: revisionId }) });
  }
  const revisionIds = dump.revisions.flatMap((r) => (r.id === undefined ? [] : [r.id]));
  if (new Set(revisionIds).size !== revisionIds.length) problems.push('备份中有重复的历史版本编号。');
  if (new Set(dump.settings.map((s) => s.key)).size !== dump.settings.length)
    problems.push('备份中有重复的设置项。');

  const batchIds = new Set(dump.batches.map((b) => b.id));
  if (batchIds.size !== dump.batches.length) problems.push('备份中有重复的审核批次编号。');
  const batchItems: BatchItemRow[] = [];
  for (const { data: raw, ...item } of dump.batchItems) {
    const batch = dump.batches.find((b) => b.id === item.batchId);
    const what = `审核批次中的文件“${item.fileName}”`;
    if (!batch) {
      problems.push(`${what}：所属批次不在备份中。`);
      continue;
    }
    if (raw === undefined) {
      batchItems.push(batchItemRow(item as BatchItemRow));
      continue;
    }
    // A batch keeps returns of its own period only; the same normaliser as every other return.
    const data = normalised(raw, what, batch, problems);
    if (data) batchItems.push(batchItemRow({ ...(item as BatchItemRow), data }));
  }

  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return {
    ok: true,
    backup: {
      enterprises,
      returns,
      revisions,
      settings: dump.settings,
      batches: dump.batches as BatchRow[],
      batchItems,
    },
  };
}
