import { valuesOf } from './valuesOf';
import type { Report } from './types';

export type EnterpriseSize = '大型' | '中型' | '小型' | '微型';

/** Thresholds of B12 (rules.md): persons at year end and operating revenue in 万元. */
const SIZES: readonly { size: EnterpriseSize; staff: number; revenue: number }[] = [
  { size: '大型', staff: 300, revenue: 10_000 },
  { size: '中型', staff: 100, revenue: 1_000 },
  { size: '小型', staff: 10, revenue: 50 },
];

/**
 * 企业规模 of an annual return from 从业人员期末人数 (Y17) and 营业收入 (F10): 大型, 中型, 小型 or
 * 微型; null for a monthly return or when either figure is blank.
 */
export function enterpriseSize(report: Report): EnterpriseSize | null {
  if (report.kind !== 'annual') return null;
  const v = valuesOf(report);
  const staffRef = 'T3.Y17.thisYear';
  const revenueRef = 'T2.F10.thisYear';
  if (!v.filled(staffRef) || !v.filled(revenueRef)) return null;
  const staff = v.num(staffRef);
  const revenue = v.num(revenueRef); // 0.01 万元
  for (const s of SIZES) if (staff >= s.staff && revenue >= s.revenue * 100) return s.size;
  return '微型';
}
