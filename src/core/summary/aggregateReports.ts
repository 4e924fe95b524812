// 汇总 (core-api.md aggregateReports): for every numeric indicator cell of T2, T3, T5 (annual) or
// M (monthly), the sum over the returns and how many returns fill it, in total, by review unit
// (B06) or by industry group (B09's 3-digit group). Sums are exact: integers in each kind's
// smallest unit (`sums`), converted to display units only for `values`.
import type { Layout } from '../catalog/layout';
import { layoutOf } from '../catalog/layout';
import { getEdition } from '../catalog/editions';
import type { CellDef } from '../catalog/layout';
import { toDisplayNumber } from '../numbers/formatNumber';
import type { Report } from '../report/types';
import { valuesOf } from '../report/valuesOf';

export type AggregateBy = 'total' | 'reviewUnit' | 'industry';

export interface AggregateGroup {
  /** Review-unit id, 3-digit industry group, 'total', or '未填' when the field is blank. */
  readonly key: string;
  readonly label: string;
  /** Returns in the group. */
  readonly enterprises: number;
  /** Sum per cell in display units (万元, 人 …). Every numeric cell of the tables is present. */
  readonly values: Record<string, number>;
  /** Exact sum per cell in the kind's smallest unit (0.01 万元, 1 人). */
  readonly sums: Record<string, number>;
  /** Returns that fill the cell. */
  readonly counts: Record<string, number>;
  /** Growth of this year (本年 / 本年本期累计) over last year's column in %, 1 decimal; null when last year is 0. */
  readonly growth: Record<string, number | null>;
}

export interface Aggregate {
  readonly by: AggregateBy;
  readonly groups: AggregateGroup[];
}

const TABLES: Readonly<Record<Report['kind'], readonly string[]>> = {
  annual: ['T2', 'T3', 'T5'],
  monthly: ['M'],
};
const LAST_YEAR: Readonly<Record<string, string>> = { thisYear: 'lastYear', ytd: 'ytdLastYear' };
const UNFILLED = '未填';

/** The numeric cells aggregated for a layout (amounts and counts; percentages are not summed). */
export function aggregatedCells(layout: Layout): CellDef[] {
  return layout.cells.filter(
    (d) =>
      TABLES[layout.kind].includes(d.table.id) &&
      (d.indicator.kind === 'amount' || d.indicator.kind === 'count'),
  );
}

function groupKey(report: Report, by: AggregateBy): string {
  if (by === 'total') return 'total';
  const raw = report.cells[by === 'reviewUnit' ? 'T1.B06.value' : 'T1.B09.value']?.raw.trim() ?? '';
  if (by === 'reviewUnit') return raw === '' ? UNFILLED : raw;
  return /^\d{4}$/.test(raw) ? raw.slice(0, 3) : UNFILLED;
}

export function aggregateReports(reports: readonly Report[], by: AggregateBy): Aggregate {
  const first = reports[0];
  if (!first) return { by, groups: [] };
  for (const r of reports)
    if (r.edition !== first.edition || r.kind !== first.kind)
      throw new RangeError('aggregateReports: all returns must be of one edition and kind');
  const edition = getEdition(first.edition);
  const layout = layoutOf(edition, first.kind);
  const cells = aggregatedCells(layout);
  const units = new Map(edition.lists.reviewUnits.map((u) => [u.id, u.name]));
  const industryGroups = new Map(edition.lists.industryGroups.map((g) => [g.code, g.name]));

  const byKey = new Map<
    string,
    { enterprises: number; sums: Record<string, number>; counts: Record<string, number> }
  >();
  for (const report of reports) {
    const key = groupKey(report, by);
    let g = byKey.get(key);
    if (!g) {
      g = { enterprises: 0, sums: {}, counts: {} };
      for (const d of cells) {
        g.sums[d.ref] = 0;
        g.counts[d.ref] = 0;
      }
      byKey.set(key, g);
    }
    g.enterprises++;
    const v = valuesOf(report);
    for (const d of cells) {
      if (!v.filled(d.ref)) continue;
      g.sums[d.ref] = (g.sums[d.ref] ?? 0) + v.num(d.ref);
      g.counts[d.ref] = (g.counts[d.ref] ?? 0) + 1;
    }
  }

  const label = (key: string) =>
    by === 'total'
      ? '合计'
      : by === 'reviewUnit'
        ? (units.get(key) ?? key)
        : key === UNFILLED
          ? UNFILLED
          : (industryGroups.get(key) ?? `行业 ${key}`); // GB/T 4754 group name: 651 → 软件开发
  const groups = [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, g]): AggregateGroup => {
      const values: Record<string, number> = {};
      const growth: Record<string, number | null> = {};
      for (const d of cells) {
        values[d.ref] = toDisplayNumber(
          g.sums[d.ref] ?? 0,
          d.indicator.kind === 'count' ? 'count' : 'amount',
        );
        const lastColumn = LAST_YEAR[d.column];
        if (lastColumn === undefined) continue;
        const last = g.sums[`${d.table.id}.${d.indicator.code}.${lastColumn}`] ?? 0;
        const now = g.sums[d.ref] ?? 0;
        growth[d.ref] = last === 0 ? null : Math.round(((now - last) / Math.abs(last)) * 1000) / 10;
      }
      return {
        key,
        label: label(key),
        enterprises: g.enterprises,
        values,
        sums: g.sums,
        counts: g.counts,
        growth,
      };
    });
  return { by, groups };
}
