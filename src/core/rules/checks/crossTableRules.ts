// Rules across tables (rules.md X-T3-T2-*, X-HWCOST, X-EXPORT*, X-WAGE-PAYABLE, X-SCOPE): software
// revenue within operating revenue, costs, exports at the edition's USD rate, wages, survey scope.
import { closestScopeCriterion, inScope } from '../../scope/checkScope';
import type { Check } from '../context';
import type { Finding } from '../finding';
import { finding } from '../finding';
import { exportExceedsIn } from '../exportRelation';
import { cellsOf, checkExceeds, EXPLAIN, EXPLAIN_EN, exceedsIn, relationColumns } from '../relations';

const F10 = cellsOf('T2', 'F10');
const F11 = cellsOf('T2', 'F11');
const F13 = cellsOf('T2', 'F13');
const F27 = cellsOf('T2', 'F27');
const Y01 = cellsOf('T3', 'Y01');
const Y12 = cellsOf('T3', 'Y12');
const Y13 = cellsOf('T3', 'Y13');
const Y15 = cellsOf('T3', 'Y15');
const Y20 = cellsOf('T3', 'Y20');
const Y21 = cellsOf('T3', 'Y21');
const MAIN_CELLS = [Y01, F10, F11];
const EXPORT_CELLS = [Y13, Y01];
const EMBEDDED_CELLS = [Y15, Y12];

export const checkSoftwareTotal: Check = (env, rule) => {
  const out: Finding[] = [];
  checkExceeds(
    env,
    rule,
    'T3',
    [Y01],
    F10,
    {
      zh: '软件业务收入是营业收入的一部分，不能大于营业收入。请核对两表，注意单位都是万元。',
      en: 'Software business revenue is part of operating revenue and cannot exceed it. Check both tables; note that both are in 万元.',
    },
    out,
  );
  return out;
};

/** Advice of X-T3-T2-MAIN and M-MAIN. */
export const SOFTWARE_IN_MAIN = {
  zh: `软件业务收入一般是主营业务收入的一部分。请核对主营业务收入是否漏计软件业务；${EXPLAIN}`,
  en: `Software business revenue is normally part of main business revenue. Check whether main business revenue leaves out the software business. ${EXPLAIN_EN}`,
} as const;

export const checkSoftwareMain: Check = (env, rule) => {
  const out: Finding[] = [];
  for (const column of relationColumns(env, 'T3', MAIN_CELLS)) {
    if (env.values.num(Y01[column]) > env.values.num(F10[column])) continue; // X-T3-T2-TOTAL's case
    const f = exceedsIn(env, rule, column, [Y01], F11, SOFTWARE_IN_MAIN);
    if (f) out.push(f);
  }
  return out;
};

export const checkHardwareCost: Check = (env, rule) => {
  const out: Finding[] = [];
  checkExceeds(
    env,
    rule,
    'T3',
    [Y21],
    F13,
    {
      zh: '硬件成本是主营业务成本的一部分，请核对两表。',
      en: 'Hardware costs are part of main business costs: check both tables.',
    },
    out,
  );
  return out;
};

export const checkExport: Check = (env, rule) => {
  const out: Finding[] = [];
  for (const column of relationColumns(env, 'T3', EXPORT_CELLS)) {
    const f = exportExceedsIn(env, rule, column, Y13, Y01, {
      zh: `软件业务出口是软件业务收入的一部分。请核对出口是否以万美元填报、软件业务收入是否漏计；${EXPLAIN}`,
      en: `Software business exports are part of software business revenue. Check that exports are entered in 万美元 and that no software business revenue is left out. ${EXPLAIN_EN}`,
    });
    if (f) out.push(f);
  }
  return out;
};

export const checkExportEmbedded: Check = (env, rule) => {
  const out: Finding[] = [];
  for (const column of relationColumns(env, 'T3', EMBEDDED_CELLS)) {
    const f = exportExceedsIn(env, rule, column, Y15, Y12, {
      zh: `嵌入式系统软件出口是嵌入式系统软件收入的一部分。请核对出口是否以万美元填报；${EXPLAIN}`,
      en: `Embedded-system software exports are part of embedded-system software revenue. Check that exports are entered in 万美元. ${EXPLAIN_EN}`,
    });
    if (f) out.push(f);
  }
  return out;
};

export const checkWagePayable: Check = (env, rule) => {
  const out: Finding[] = [];
  checkExceeds(
    env,
    rule,
    'T3',
    [Y20],
    F27,
    {
      zh: `从业人员工资总额一般不超过应付职工薪酬的本年贷方累计发生额。请核对两项；${EXPLAIN}`,
      en: `Total wages of persons employed are normally not more than this year's credits to employee remuneration payable. Check both items. ${EXPLAIN_EN}`,
    },
    out,
  );
  return out;
};

export const checkScopeRule: Check = (env, rule) => {
  if (inScope(env.report, env.edition)) return [];
  const closest = closestScopeCriterion(env.report, env.edition);
  const hint = closest ? `最接近的是条件（${closest.id}），尚未满足：${closest.unmet.join('；')}。` : '';
  const hintEn = closest
    ? `The closest is criterion (${closest.id}); still unmet: ${closest.unmetEn.join('; ')}. `
    : '';
  return [
    finding(
      rule.id,
      rule.severity,
      [F11.thisYear, Y01.thisYear, 'T1.B09.value'],
      `按本制度的调查范围，本企业不满足任何一条纳入条件。${hint}请核实主营业务收入、软件业务收入和行业代码；如数据无误，请在审核说明中写明本企业纳入调查的原因。`,
      `Under this statistical system's survey scope, the enterprise meets none of the criteria for inclusion. ${hintEn}Check main business revenue, software business revenue and the industry code. If the figures are correct, give in the explanation the reason why the enterprise is in the survey.`,
    ),
  ];
};
