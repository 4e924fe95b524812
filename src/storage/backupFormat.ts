// The backup file: every table as plain JSON. Reading one checks its shape (valibot), then each
// return and revision through restoreReport, and the links between them, before anything is
// written, so a bad file is refused whole with its problems (Messages) instead of half-imported.
import * as v from 'valibot';
import type { JsonForm, Message } from '../core';
import { editionForPeriod, toStoredForm } from '../core';
import { msg } from '../core/message';
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
const storedMessage = v.union([v.string(), v.object({ zh: v.string(), en: v.string() })]);

/** English for the messages of the checks above. */
const CHECK_EN: Readonly<Record<string, string>> = {
  不是有效的时间: 'not a valid time',
  不能为空: 'must not be empty',
};

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
        // Chinese text (older versions) or a message in both languages.
        problems: v.optional(v.array(storedMessage)),
        notes: v.optional(v.array(storedMessage)),
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

function issueText(issue: v.BaseIssue<unknown>): Message {
  const path = v.getDotPath(issue);
  const where = path ?? '文件';
  const whereEn = path ?? 'file';
  if (issue.type === 'check' || issue.type === 'min_length') {
    return msg(`${where}：${issue.message}`, `${whereEn}: ${CHECK_EN[issue.message] ?? issue.message}`);
  }
  return msg(
    `${where}：应为 ${issue.expected ?? '其他值'}，实际为 ${issue.received}`,
    `${whereEn}: expected ${issue.expected ?? 'another value'}, got ${issue.received}`,
  );
}

/** The stored form of a return's data after the normaliser, or its problems. */
function normalised(
  data: unknown,
  what: Message,
  expected: Pick<ReturnRow, 'kind' | 'period'>,
  problems: Message[],
) {
  try {
    return toStoredForm(reportOf(data, what, expected));
  } catch (e) {
    if (!(e instanceof StoredDataError)) throw e;
    problems.push(msg(e.message, e.messageEn));
    return undefined;
  }
}

/** Checks a parsed backup file; on success the rows to write, normalised. */
export function checkBackup(
  input: unknown,
): { ok: true; backup: CheckedBackup } | { ok: false; problems: Message[] } {
  const head = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      problems: [msg('文件不是本程序的备份文件。', 'The file is not a backup file of this program.')],
    };
  }
  if (typeof head.formatVersion === 'number' && head.formatVersion > BACKUP_FORMAT_VERSION) {
    return {
      ok: false,
      problems: [
        msg(
          `备份文件的格式版本为 ${head.formatVersion}，高于本程序支持的版本 ${BACKUP_FORMAT_VERSION}，请升级本程序后再导入。`,
          `The backup file's format version is ${head.formatVersion}, newer than version ${BACKUP_FORMAT_VERSION} that this program supports. Please update this program, then import again.`,
        ),
      ],
    };
  }
  const parsed = v.safeParse(Shape, input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.issues.slice(0, MAX_PROBLEMS).map((i) => {
        const issue = issueText(i);
        return msg(`备份文件格式错误：${issue.zh}`, `Backup file format error: ${issue.en}`);
      }),
    };
  }
  const dump = parsed.output;
  const problems: Message[] = [];

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
  if (names.size !== enterprises.length) {
    problems.push(msg('备份中有重复的企业编号。', 'The backup has duplicate enterprise ids.'));
  }

  const returns: ReturnRow[] = [];
  for (const r of dump.returns) {
    const name = names.get(r.enterpriseId) ?? r.enterpriseId;
    const what = msg(
      `企业“${name}”的 ${r.period} ${r.kind === 'annual' ? '年报' : '月报'}`,
      `The ${r.period} ${r.kind === 'annual' ? 'annual' : 'monthly'} return of enterprise "${name}"`,
    );
    if (!names.has(r.enterpriseId)) {
      problems.push(
        msg(`${what.zh}：所属企业不在备份中。`, `${what.en}: its enterprise is not in the backup.`),
      );
    }
    if (r.id !== returnIdOf(r.enterpriseId, r.kind, r.period)) {
      problems.push(
        msg(
          `${what.zh}：编号“${r.id}”与企业、类型、报告期不符。`,
          `${what.en}: id "${r.id}" does not match its enterprise, type and reporting period.`,
        ),
      );
    }
    const data: JsonForm | undefined = normalised(r.data, what, r, problems);
    if (data) returns.push({ ...r, data });
  }
  const returnsById = new Map(returns.map((r) => [r.id, r]));
  if (new Set(dump.returns.map((r) => r.id)).size !== dump.returns.length)
    problems.push(msg('备份中有重复的报表编号。', 'The backup has duplicate return ids.'));

  const revisions: CheckedBackup['revisions'] = [];
  for (const { id: revisionId, ...r } of dump.revisions) {
    const owner = returnsById.get(r.returnId);
    if (!owner) {
      if (!dump.returns.some((x) => x.id === r.returnId)) {
        problems.push(
          msg(
            `历史版本（${r.savedAt}）所属的报表不在备份中。`,
            `The return of the earlier version (${r.savedAt}) is not in the backup.`,
          ),
        );
      }
      continue;
    }
    const what = msg(`历史版本（${r.savedAt}）`, `The earlier version (${r.savedAt})`);
    const data = normalised(r.data, what, owner, problems);
    if (data) revisions.push({ ...r, data, ...(revisionId === undefined ? {} : { id: revisionId }) });
  }
  const revisionIds = dump.revisions.flatMap((r) => (r.id === undefined ? [] : [r.id]));
  if (new Set(revisionIds).size !== revisionIds.length) {
    problems.push(msg('备份中有重复的历史版本编号。', 'The backup has duplicate ids of earlier versions.'));
  }
  if (new Set(dump.settings.map((s) => s.key)).size !== dump.settings.length)
    problems.push(msg('备份中有重复的设置项。', 'The backup has duplicate settings.'));

  const batchIds = new Set(dump.batches.map((b) => b.id));
  if (batchIds.size !== dump.batches.length) {
    problems.push(msg('备份中有重复的审核批次编号。', 'The backup has duplicate review batch ids.'));
  }
  // The board and the summary look the batch's edition up: one this program lacks would break them.
  for (const b of dump.batches) {
    if (editionForPeriod(b.kind, b.period)?.id !== b.edition) {
      problems.push(
        msg(
          `审核批次“${b.name}”的统计制度版本（${b.edition}）或报告期（${b.period}）无效。`,
          `The review batch "${b.name}" has an invalid edition (${b.edition}) or reporting period (${b.period}).`,
        ),
      );
    }
  }
  if (new Set(dump.batchItems.map((i) => i.id)).size !== dump.batchItems.length) {
    problems.push(
      msg('备份中有重复的审核批次文件编号。', 'The backup has duplicate ids of files in review batches.'),
    );
  }
  const batchItems: BatchItemRow[] = [];
  for (const { data: raw, ...item } of dump.batchItems) {
    const batch = dump.batches.find((b) => b.id === item.batchId);
    const what = msg(`审核批次中的文件“${item.fileName}”`, `The file "${item.fileName}" in a review batch`);
    if (!batch) {
      problems.push(msg(`${what.zh}：所属批次不在备份中。`, `${what.en}: its batch is not in the backup.`));
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
