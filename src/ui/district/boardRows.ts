// The review board's rows: one per enterprise of a batch with its status, counts of findings by
// severity and key figures; enterprises of the roster that sent nothing appear as 未报送.
import type { Finding, Report, ReturnStatus } from '../../core';
import {
  cellValue,
  deadlineOf,
  getEdition,
  inScope,
  restoreReport,
  returnStatus,
  todayInShanghai,
  validateReport,
} from '../../core';
import type { BatchItemRow, BatchRow, ReviewDecision } from '../../storage';

export type BoardStatus = ReturnStatus | '不在调查范围' | '未报送';

export interface BoardRow {
  readonly key: string;
  readonly item?: BatchItemRow;
  readonly report?: Report;
  readonly uscc: string;
  readonly name: string;
  readonly reviewUnit: string;
  readonly status: BoardStatus;
  /** Sent after the deadline (by the file's time). */
  readonly late: boolean;
  readonly counts: { readonly error: number; readonly verify: number; readonly hint: number };
  readonly findings: Finding[];
  /** 营业收入, 软件业务收入, 利润总额, 从业人员 (display units) — null when blank. */
  readonly figures: readonly (number | null)[];
  readonly decision: ReviewDecision | undefined;
  /** Why the return is left out of the totals (汇总), or undefined when it is counted. */
  readonly excluded?: SummaryExclusion;
}

/**
 * The totals are of the survey's enterprises as the district accepts them: an annual return out
 * of the survey scope, or one the reviewer sent back (退回), is listed but not summed.
 */
export type SummaryExclusion = '不在调查范围' | '退回';

/** The cells of the key figures per kind: revenue, software revenue, profit, staff. */
export const KEY_FIGURES: Readonly<Record<Report['kind'], readonly string[]>> = {
  annual: ['T2.F10.thisYear', 'T3.Y01.thisYear', 'T2.F23.thisYear', 'T3.Y17.thisYear'],
  monthly: ['M.2010.ytd', 'M.2020.ytd', 'M.2090.ytd', 'M.2112.ytd'],
};

/**
 * The day a collected return is checked as of: the day its file was made (the export time written
 * in it, else the file's date), not the reviewer's today. Deadlines (A-LATE, M-LATE) and the
 * month-not-ended check then say what held when the enterprise sent it, instead of telling the
 * reviewer that the return is 2,000 days late and should be submitted at once.
 */
export function asOfFile(item: Pick<BatchItemRow, 'exportedAt'>, today: string): string {
  const t = item.exportedAt === undefined ? Number.NaN : Date.parse(item.exportedAt);
  return Number.isNaN(t) ? today : todayInShanghai(new Date(t));
}

/** The board row of one collected return (undefined for a failed file or unreadable data). */
export function boardRowOf(batch: BatchRow, item: BatchItemRow, today: string): BoardRow | undefined {
  if (item.status !== 'ok' || !item.data) return undefined;
  const restored = restoreReport(item.data, { checksum: 'ignore' });
  if (!restored.ok) return undefined;
  const report = restored.report;
  const deadline = Date.parse(
    deadlineOf({ kind: batch.kind, period: batch.period }, getEdition(batch.edition)),
  );
  const findings = validateReport(report, { today: asOfFile(item, today) });
  const counts = { error: 0, verify: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  const outOfScope = report.kind === 'annual' && !inScope(report);
  // Must-fix errors come first: scope cannot be judged on a return whose figures are missing or
  // unreadable (a blank 主营业务收入 would otherwise read as out of scope and hide the errors).
  const checked = returnStatus(report, findings);
  const status: BoardStatus = checked !== '有必改错误' && outOfScope ? '不在调查范围' : checked;
  // Left out of the totals as the board shows it: 不在调查范围 (not a return whose errors make
  // its scope undecidable: it is summed like any other return with errors), or sent back.
  const excluded: SummaryExclusion | undefined =
    status === '不在调查范围' ? '不在调查范围' : item.review.decision === 'returned' ? '退回' : undefined;
  return {
    key: item.id,
    item,
    report,
    uscc: item.uscc,
    name: report.cells['T1.B03.value']?.raw ?? '',
    reviewUnit: report.cells['T1.B06.value']?.raw ?? '',
    status,
    late: item.exportedAt !== undefined && Date.parse(item.exportedAt) > deadline,
    counts,
    findings,
    figures: KEY_FIGURES[report.kind].map((ref) => cellValue(report, ref)),
    decision: item.review.decision,
    ...(excluded === undefined ? {} : { excluded }),
  };
}

/** The 未报送 rows: enterprises of the roster with no return among `rows`. */
export function missingRows(batch: BatchRow, rows: readonly BoardRow[]): BoardRow[] {
  const seen = new Set(rows.map((r) => r.uscc));
  return (batch.roster ?? [])
    .filter((e) => !seen.has(e.uscc))
    .map((expected) => ({
      key: `roster:${expected.uscc}`,
      uscc: expected.uscc,
      name: expected.name,
      reviewUnit: expected.reviewUnit ?? '',
      status: '未报送' as const,
      late: false,
      counts: { error: 0, verify: 0, hint: 0 },
      findings: [],
      figures: [null, null, null, null],
      decision: undefined,
    }));
}

/**
 * Builds the board without long main-thread tasks: rows already built for the same item state
 * are reused, new ones are built in slices of ~`sliceMs`, yielding between slices. Resolves with
 * every row, or undefined when `cancelled()` turned true meanwhile.
 */
export async function boardRowsSliced(
  batch: BatchRow,
  items: readonly BatchItemRow[],
  today: string,
  cache: Map<string, BoardRow | null>,
  cancelled: () => boolean,
  sliceMs = 25,
): Promise<BoardRow[] | undefined> {
  const rows: BoardRow[] = [];
  let sliceStart = performance.now();
  for (const item of items) {
    const key = `${item.id}|${item.importedAt}|${item.review.decision}|${item.review.at ?? ''}`;
    let row = cache.get(key);
    if (row === undefined) {
      row = boardRowOf(batch, item, today) ?? null;
      cache.set(key, row);
      if (performance.now() - sliceStart > sliceMs) {
        await new Promise((r) => setTimeout(r, 0));
        if (cancelled()) return undefined;
        sliceStart = performance.now();
      }
    }
    if (row) rows.push(row);
  }
  return [...rows, ...missingRows(batch, rows)];
}

export type SortKey = 'name' | 'status' | 'error' | 'verify' | 'f0' | 'f1' | 'f2' | 'f3';

const STATUS_ORDER: readonly BoardStatus[] = ['有必改错误', '待说明', '未报送', '不在调查范围', '可上报'];

export function sortRows(rows: readonly BoardRow[], key: SortKey, descending: boolean): BoardRow[] {
  const value = (r: BoardRow): number | string => {
    switch (key) {
      case 'name':
        return r.name;
      case 'status':
        return STATUS_ORDER.indexOf(r.status);
      case 'error':
        return r.counts.error;
      case 'verify':
        return r.counts.verify;
      default:
        return r.figures[Number(key.slice(1))] ?? Number.NEGATIVE_INFINITY;
    }
  };
  const collator = new Intl.Collator('zh-CN');
  const sorted = [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const c =
      typeof va === 'string' && typeof vb === 'string'
        ? collator.compare(va, vb)
        : (va as number) - (vb as number);
    // Ties by credit code: a plain comparison, because collating Chinese names for every tie of a
    // thousand rows was a long task of its own (profiled).
    return c !== 0 ? c : a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : 0;
  });
  return descending ? sorted.reverse() : sorted;
}

export function filterRows(
  rows: readonly BoardRow[],
  status: BoardStatus | 'all',
  search: string,
): BoardRow[] {
  const q = search.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (status === 'all' || r.status === status) &&
      (q === '' || r.name.toLowerCase().includes(q) || r.uscc.toLowerCase().includes(q)),
  );
}
