// District intake: many files in, parsed and checked off the main thread a few at a time, then
// sorted into what the batch gets: returns, broken files with their reasons, and duplicates
// (same 统一社会信用代码 and period) resolved as the officer chose.
import type { Finding, Message, Report } from '../../core';
import { getEdition, msg, normaliseUscc, toStoredForm } from '../../core';
import type { BatchItemRow, BatchRow, NewBatchItem } from '../../storage';
import type { ImportOutcome } from '../../workers/protocol';
import { errorMessage } from '../data/errorText';

export interface IntakeSource {
  readonly name: string;
  readonly lastModified: number;
}

export interface ParsedFile {
  readonly fileName: string;
  readonly lastModified: number;
  readonly outcome: ImportOutcome;
}

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly failed: number;
  /** Estimated ms left, from the mean time per file so far. */
  readonly etaMs: number | undefined;
}

/**
 * Parses files with at most `concurrency` in flight (each in its own worker). Stops starting new
 * files once `signal` aborts; files already started finish. Results keep the input order.
 */
export async function parseAll<F extends IntakeSource>(
  files: readonly F[],
  parse: (file: F) => Promise<ImportOutcome>,
  options: {
    concurrency: number;
    signal?: AbortSignal;
    onProgress?: (p: Progress) => void;
    now?: () => number;
  },
): Promise<ParsedFile[]> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const results: (ParsedFile | undefined)[] = new Array<ParsedFile | undefined>(files.length);
  let next = 0;
  let done = 0;
  let failed = 0;
  const worker = async () => {
    while (next < files.length && !options.signal?.aborted) {
      const i = next++;
      const file = files[i];
      if (!file) continue;
      let outcome: ImportOutcome;
      try {
        outcome = await parse(file);
      } catch (e) {
        outcome = { ok: false, problems: [errorMessage(e)] };
      }
      results[i] = { fileName: file.name, lastModified: file.lastModified, outcome };
      done++;
      if (!outcome.ok) failed++;
      const perFile = (now() - started) / done;
      options.onProgress?.({ done, total: files.length, failed, etaMs: perFile * (files.length - done) });
    }
  };
  const n = Math.max(1, Math.min(options.concurrency, files.length));
  await Promise.all(Array.from({ length: n }, worker));
  return results.filter((r): r is ParsedFile => r !== undefined);
}

export type DuplicatePolicy = 'newer' | 'older' | 'skip';

export interface IntakePlan {
  readonly add: NewBatchItem[];
  /** Existing items replaced by a newer (or older) file of the same enterprise. */
  readonly replace: string[];
  /** Files not taken because of a duplicate, with the file kept instead. */
  readonly skipped: { readonly fileName: string; readonly kept: string }[];
  /** The enterprises that came more than once (this intake or already in the batch). */
  readonly duplicates: string[];
}

const usccOf = (report: Report): string => normaliseUscc(report.cells['T1.B01.value']?.raw ?? '');

const periodText = (kind: Report['kind'], period: string) =>
  kind === 'annual' ? ` ${period} 年年报` : ` ${period} 月报`;
const periodTextEn = (kind: Report['kind'], period: string) =>
  kind === 'annual' ? `the ${period} annual return` : `the ${period} monthly return`;

/** What a parsed file becomes in a batch: a return, or a failure with reasons (Messages). */
export function itemOf(
  batch: Pick<BatchRow, 'edition' | 'kind' | 'period'> & Partial<Pick<BatchRow, 'reviewUnit'>>,
  file: ParsedFile,
): NewBatchItem & { findings?: Finding[] } {
  const { outcome } = file;
  if (!outcome.ok) return { uscc: '', fileName: file.fileName, status: 'failed', problems: outcome.problems };
  const r = outcome.report;
  const problems: Message[] = [];
  if (r.edition !== batch.edition || r.kind !== batch.kind || r.period !== batch.period)
    problems.push(
      msg(
        `文件是${periodText(r.kind, r.period)}（${r.edition} 版统计制度），本批次收的是${periodText(batch.kind, batch.period)}。`,
        `The file is ${periodTextEn(r.kind, r.period)} (edition ${r.edition} of the statistical system); this batch collects ${periodTextEn(batch.kind, batch.period)}.`,
      ),
    );
  // A unit's batch sums its own enterprises: a return that names another review unit (B06) was
  // sent to the wrong place, or B06 is wrong; either way it is not this unit's to sum. A blank B06
  // is left to the checks (F-REQ).
  const unit = r.cells['T1.B06.value']?.raw.trim() ?? '';
  if (
    batch.reviewUnit !== undefined &&
    batch.reviewUnit !== 'all' &&
    unit !== '' &&
    unit !== batch.reviewUnit
  ) {
    const units = getEdition(batch.edition).lists.reviewUnits;
    const nameOf = (id: string) => units.find((u) => u.id === id)?.name;
    const named = (id: string) => (nameOf(id) === undefined ? id : `${id}（${nameOf(id)}）`);
    const namedEn = (id: string) => (nameOf(id) === undefined ? id : `${id} (“${nameOf(id)}”)`);
    problems.push(
      msg(
        `文件的管理单元（B06）是 ${named(unit)}，本批次收的是 ${named(batch.reviewUnit)}的报表。`,
        `The file's review unit (B06) is ${namedEn(unit)}; this batch collects the returns of ${namedEn(batch.reviewUnit)}.`,
      ),
    );
  }
  const uscc = usccOf(r);
  if (uscc === '') {
    problems.push(
      msg(
        '文件中没有统一社会信用代码（B01），无法确认是哪家企业。',
        'The file has no unified social credit code (B01), so the enterprise cannot be identified.',
      ),
    );
  }
  if (problems.length > 0) return { uscc, fileName: file.fileName, status: 'failed', problems };
  return {
    uscc,
    fileName: file.fileName,
    status: 'ok',
    notes: outcome.notes,
    data: toStoredForm(r),
    // The time written in the file when it is as exported (a copy or a download changes the file's
    // date on disk, not this); the date on disk for a file without one or changed since.
    exportedAt: new Date(outcome.exportedAt ?? file.lastModified).toISOString(),
  };
}

/**
 * The items an intake adds, resolving duplicates (same credit code, in this intake or already in
 * the batch) by the policy: keep the newer file, the older one, or skip the incoming duplicates.
 * Failed files are always added (the officer sees them with their reasons).
 */
export function planIntake(
  incoming: readonly (NewBatchItem & { exportedAt?: string })[],
  existing: readonly BatchItemRow[],
  policy: DuplicatePolicy,
): IntakePlan {
  const add: NewBatchItem[] = [];
  const replace: string[] = [];
  const skipped: { fileName: string; kept: string }[] = [];
  const duplicates = new Set<string>();
  // The candidate per enterprise: an existing item, or a new one.
  const chosen = new Map<string, { item: NewBatchItem & { exportedAt?: string }; existingId?: string }>();
  for (const e of existing) if (e.status === 'ok') chosen.set(e.uscc, { item: e, existingId: e.id });
  const newerWins = (a: { exportedAt?: string }, b: { exportedAt?: string }) =>
    (a.exportedAt ?? '') > (b.exportedAt ?? '');

  for (const item of incoming) {
    if (item.status !== 'ok') {
      add.push(item);
      continue;
    }
    const current = chosen.get(item.uscc);
    if (!current) {
      chosen.set(item.uscc, { item });
      continue;
    }
    duplicates.add(item.uscc);
    const takeIncoming =
      policy === 'skip'
        ? false
        : policy === 'newer'
          ? newerWins(item, current.item)
          : newerWins(current.item, item);
    if (takeIncoming) {
      skipped.push({ fileName: current.item.fileName, kept: item.fileName });
      chosen.set(item.uscc, {
        item,
        ...(current.existingId !== undefined && { existingId: current.existingId }),
      });
    } else skipped.push({ fileName: item.fileName, kept: current.item.fileName });
  }
  for (const { item, existingId } of chosen.values()) {
    if (existingId !== undefined && item === existing.find((e) => e.id === existingId)) continue; // unchanged
    if (existingId !== undefined) replace.push(existingId);
    add.push(item);
  }
  return { add, replace, skipped, duplicates: [...duplicates] };
}
