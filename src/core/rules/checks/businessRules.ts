// 业务 (T3) rules (rules.md T3-*): parts within totals, the embedded gate, staff and wages.
// Same-column rules run on 本年 always and on 上年同期 when one of their cells is filled there.
import type { Check } from '../context';
import { fieldBool } from '../context';
import type { Finding } from '../finding';
import { finding } from '../finding';
import { gateFindings } from '../gates';
import { cellLabelEn, labelled, labelledEn, nameOfEn, showValueEn, unitEn } from '../messages';
import { cellsOfTable, checkExceeds, EXPLAIN, EXPLAIN_EN, param, relationColumns } from '../relations';

const T3 = cellsOfTable('T3', [
  'Y02',
  'Y03',
  'Y05',
  'Y06',
  'Y07',
  'Y08',
  'Y09',
  'Y12',
  'Y17',
  'Y18',
  'Y19',
  'Y20',
]);

/** T3-PARTS: [parts, whole], one finding per relation and column. */
const PARTS = [
  [[T3.Y03], T3.Y02],
  [[T3.Y06, T3.Y07, T3.Y08, T3.Y09], T3.Y05],
  [[T3.Y18], T3.Y17],
] as const;

/** Advice of T3-PARTS and M-PARTS. */
export const PARTS_ADVICE = {
  zh: '“其中”项（之和）不能大于总数，请核对。',
  en: 'The “of which” items (together) cannot exceed their total: please check.',
} as const;

/** The rows under the B13 gate, for T3-EMBEDDED and M-EMBEDDED. */
export const EMBEDDED_ROWS = { zh: '嵌入式系统软件相关行', en: 'the embedded-system software rows' } as const;

export const checkT3Parts: Check = (env, rule) => {
  const out: Finding[] = [];
  for (const [parts, whole] of PARTS) checkExceeds(env, rule, 'T3', parts, whole, PARTS_ADVICE, out);
  return out;
};

export const checkEmbedded: Check = (env, rule) => gateFindings(env, rule, 'B13', EMBEDDED_ROWS);

export const checkEmbeddedEmpty: Check = (env, rule) => {
  const ref = T3.Y12.thisYear;
  if (fieldBool(env, 'B13') !== '是' || env.values.num(ref) !== 0) return [];
  return [
    finding(
      rule.id,
      rule.severity,
      [ref, 'T1.B13.value'],
      `是否有嵌入式系统软件业务（B13）选择了“是”，但${labelled(env, ref)}。请填写嵌入式系统软件收入，或将 B13 改为“否”；${EXPLAIN}`,
      `${nameOfEn(env, 'T1.B13.value')} is “是” (yes), but ${cellLabelEn(env, ref)} is ${showValueEn(env, ref, env.values.num(ref))}. Fill in the embedded-system software revenue, or change B13 to “否” (no). ${EXPLAIN_EN}`,
    ),
  ];
};

const STAFF = [T3.Y19, T3.Y20];

export const checkStaffZero: Check = (env, rule) => {
  const out: Finding[] = [];
  for (const column of relationColumns(env, 'T3', STAFF)) {
    const wage = T3.Y20[column];
    const staff = T3.Y19[column];
    if (env.values.num(wage) <= 0 || env.values.num(staff) !== 0) continue;
    out.push(
      finding(
        rule.id,
        rule.severity,
        [staff, wage],
        `${labelled(env, wage)}，但${labelled(env, staff)}。发放了工资就应有从业人员，请填写全年从业人员平均人数。`,
        `${cellLabelEn(env, wage)} is ${showValueEn(env, wage, env.values.num(wage))}, but ${cellLabelEn(env, staff)} is ${showValueEn(env, staff, env.values.num(staff))}. Wages paid mean there were persons employed: fill in the average number of persons employed over the year.`,
      ),
    );
  }
  return out;
};

export const checkWage: Check = (env, rule) => {
  const min = param(rule, 'wageMin');
  const max = param(rule, 'wageMax');
  const out: Finding[] = [];
  for (const column of relationColumns(env, 'T3', STAFF)) {
    const wage = env.values.num(T3.Y20[column]); // 0.01 万元
    const staff = env.values.num(T3.Y19[column]);
    if (staff <= 0 || (wage >= min * 100 * staff && wage <= max * 100 * staff)) continue;
    const perHead = (wage / 100 / staff).toFixed(2);
    out.push(
      finding(
        rule.id,
        rule.severity,
        [T3.Y20[column], T3.Y19[column]],
        `${labelled(env, T3.Y20[column])} ÷ ${labelled(env, T3.Y19[column])} = 人均 ${perHead} 万元/年，不在合理范围 ${min}–${max} 万元之内。请核对工资总额是否以万元为单位、平均人数是否为全年平均人数；${EXPLAIN}`,
        `${labelledEn(env, T3.Y20[column])} ÷ ${labelledEn(env, T3.Y19[column])} = ${perHead} ${unitEn('万元')} per person per year, outside the plausible range of ${min}–${max} 万元. Check that total wages are in 万元 and that the average number of persons is the average over the whole year. ${EXPLAIN_EN}`,
      ),
    );
  }
  return out;
};

export const checkStaffAverage: Check = (env, rule) => {
  const ratioMax = param(rule, 'ratioMax');
  const ratioMin = param(rule, 'ratioMin');
  const out: Finding[] = [];
  for (const column of relationColumns(env, 'T3', [T3.Y17, T3.Y19])) {
    const end = env.values.num(T3.Y17[column]);
    const avg = env.values.num(T3.Y19[column]);
    if (end <= 0 || avg <= 0 || (avg <= ratioMax * end && avg >= ratioMin * end)) continue;
    out.push(
      finding(
        rule.id,
        rule.severity,
        [T3.Y19[column], T3.Y17[column]],
        `${labelled(env, T3.Y19[column])}与${labelled(env, T3.Y17[column])}相差过大（平均人数应在期末人数的 ${ratioMin}–${ratioMax} 倍之间）。请核对平均人数是否按全年各月平均计算；${EXPLAIN}`,
        `${labelledEn(env, T3.Y19[column])} is too far from ${labelledEn(env, T3.Y17[column])} (the average should be ${ratioMin}–${ratioMax} times the year-end number). Check that the average is taken over the months of the whole year. ${EXPLAIN_EN}`,
      ),
    );
  }
  return out;
};
