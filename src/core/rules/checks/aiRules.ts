// 人工智能 (T5) rules (rules.md T5-*, X-AI-*): the B14 gate, AI staff within staff, AI revenue and
// R&D within the enterprise's totals. All of them run whatever B14 says, so totals stay honest.
import type { Check } from '../context';
import { fieldBool } from '../context';
import type { Finding } from '../finding';
import { finding } from '../finding';
import { gateFindings } from '../gates';
import { cellLabelEn, labelled, nameOfEn, showValueEn } from '../messages';
import { cellsOf, cellsOfTable, checkExceeds, EXPLAIN_EN, exceedsIn, relationColumns } from '../relations';

const T5 = cellsOfTable('T5', ['A01', 'A06', 'A07', 'A08']);
const F10 = cellsOf('T2', 'F10');
const F28 = cellsOf('T2', 'F28');
const Y17 = cellsOf('T3', 'Y17');
const Y18 = cellsOf('T3', 'Y18');

const T5_EN = 'Table 5 (Artificial-intelligence business indicators)';

export const checkAiGate: Check = (env, rule) =>
  gateFindings(env, rule, 'B14', { zh: '软统企5表（人工智能）', en: T5_EN });

export const checkAiEmpty: Check = (env, rule) => {
  const ref = T5.A01.thisYear;
  if (fieldBool(env, 'B14') !== '是' || env.values.num(ref) !== 0) return [];
  return [
    finding(
      rule.id,
      rule.severity,
      [ref, 'T1.B14.value'],
      `是否有人工智能业务（B14）选择了“是”，但${labelled(env, ref)}。请填写软统企5表的人工智能软件、服务或产品收入，或将 B14 改为“否”；如数据无误，请填写审核说明。`,
      `${nameOfEn(env, 'T1.B14.value')} is “是” (yes), but ${cellLabelEn(env, ref)} is ${showValueEn(env, ref, env.values.num(ref))}. Fill in the AI software, services or products revenue in ${T5_EN}, or change B14 to “否” (no). ${EXPLAIN_EN}`,
    ),
  ];
};

export const checkAiParts: Check = (env, rule) => {
  const out: Finding[] = [];
  checkExceeds(
    env,
    rule,
    'T5',
    [T5.A08],
    T5.A07,
    {
      zh: '人工智能研发人员（A08）是人工智能从业人员（A07）的一部分，请核对。',
      en: 'AI R&D personnel (A08) are part of AI personnel (A07): please check.',
    },
    out,
  );
  return out;
};

export const checkAiRevenue: Check = (env, rule) => {
  const out: Finding[] = [];
  checkExceeds(
    env,
    rule,
    'T5',
    [T5.A01],
    F10,
    {
      zh: '人工智能业务收入是营业收入的一部分，不能大于营业收入。请核对两表，注意单位都是万元。',
      en: 'AI business revenue is part of operating revenue and cannot exceed it. Check both tables; note that both are in 万元.',
    },
    out,
  );
  return out;
};

export const checkAiRd: Check = (env, rule) => {
  const out: Finding[] = [];
  for (const column of relationColumns(env, 'T5', [T5.A06, F28])) {
    if (!env.values.filled(F28[column])) continue; // F28 is optional: only compared when given
    const f = exceedsIn(env, rule, column, [T5.A06], F28, {
      zh: '人工智能研发经费是企业研发经费支出的一部分，请核对两表。',
      en: "AI R&D expenditure is part of the enterprise's R&D expenditure: check both tables.",
    });
    if (f) out.push(f);
  }
  return out;
};

export const checkAiStaff: Check = (env, rule) => {
  const out: Finding[] = [];
  checkExceeds(
    env,
    rule,
    'T5',
    [T5.A07],
    Y17,
    {
      zh: '人工智能从业人员（A07）是企业从业人员期末人数（Y17）的一部分，请核对。',
      en: "AI personnel (A07) are part of the enterprise's persons employed at year end (Y17): please check.",
    },
    out,
  );
  checkExceeds(
    env,
    rule,
    'T5',
    [T5.A08],
    Y18,
    {
      zh: '人工智能研发人员（A08）是企业研发人员（Y18）的一部分，请核对。',
      en: "AI R&D personnel (A08) are part of the enterprise's R&D personnel (Y18): please check.",
    },
    out,
  );
  return out;
};
