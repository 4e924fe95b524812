// 企业基本情况 (T1) code-list rules (rules.md B-REGION … B-INDUSTRY-MIX): a field given must come
// from its list; the review unit must match the district; the industry must fit the revenue mix.
// Blank fields are F-REQ's business, so these rules only look at fields that are given.
import { codeSetsOf } from '../../catalog/codeSets';
import type { CodeItem, RuleDef } from '../../catalog/types';
import type { Check, RuleEnv } from '../context';
import { fieldText } from '../context';
import type { Finding } from '../finding';
import { finding } from '../finding';
import type { Bilingual } from '../messages';
import { fieldNameEn, labelled, labelledEn } from '../messages';
import { EXPLAIN, EXPLAIN_EN, param } from '../relations';
import { memoOnCell } from './memoOnCell';

const clip = (raw: string): string => (raw.length > 30 ? `${raw.slice(0, 30)}…` : raw);

/** A check that a given T1 field is a code of a list. */
function inList(
  code: string,
  name: string,
  list: (env: RuleEnv) => ReadonlyMap<string, unknown>,
  advice: Bilingual,
): Check {
  const ref = `T1.${code}.value`;
  return memoOnCell(ref, (env, rule) => {
    const raw = fieldText(env, code);
    if (raw === undefined || list(env).has(raw)) return [];
    return [
      finding(
        rule.id,
        rule.severity,
        [ref],
        `${name}（${code}）“${clip(raw)}”不是有效代码。${advice.zh}`,
        `${fieldNameEn(env, code)} “${clip(raw)}” is not a valid code. ${advice.en}`,
      ),
    ];
  });
}

export const checkRegion = inList('B05', '区划代码', (env) => codeSetsOf(env.edition).regions, {
  zh: '请从列表中选择单位所在区县的 6 位行政区划代码（如渝中区 500103）。',
  en: 'Choose from the list the 6-digit administrative division code of the district or county where the entity is located (e.g. 500103 for Yuzhong District).',
});

export const checkUnit = inList('B06', '管理单元', (env) => codeSetsOf(env.edition).reviewUnits, {
  zh: '请从列表中选择负责审核本单位报表的区县或开发区。',
  en: "Choose from the list the district, county or development zone that reviews the entity's returns.",
});

export const checkRegistrationType = inList(
  'B07',
  '登记注册类型',
  (env) => codeSetsOf(env.edition).registrationTypes,
  {
    zh: '请按营业执照的企业类型选择 3 位登记注册类型代码（如私营有限责任公司 173）。',
    en: 'Choose the 3-digit registration type code that matches the enterprise type on the business licence (e.g. 173 for a private limited liability company).',
  },
);

export const checkControlType = inList('B08', '企业控股情况', (env) => codeSetsOf(env.edition).controlTypes, {
  zh: '请从列表中选择控股类型（1 国有控股、2 集体控股、3 私人控股、4 港澳台商控股、5 外商控股、9 其他）。',
  en: 'Choose the controlling type from the list (1 state-controlled, 2 collective-controlled, 3 privately controlled, 4 controlled by Hong Kong, Macao or Taiwan investors, 5 foreign-controlled, 9 other).',
});

export const checkIndustry = inList('B09', '行业代码', (env) => codeSetsOf(env.edition).industries, {
  zh: '请填写 GB/T 4754-2017 的 4 位行业小类代码（软件企业一般为 65 大类，如应用软件开发 6513）。',
  en: 'Enter the 4-digit industry class code of GB/T 4754-2017 (software enterprises are usually in division 65, e.g. 6513 for application software development).',
});

const itemName = (item: CodeItem | undefined, code: string): string =>
  item === undefined ? code : `${code} ${item.name}`;

export const checkUnitMismatch: Check = (env, rule) => {
  const region = fieldText(env, 'B05');
  const unitId = fieldText(env, 'B06');
  if (region === undefined || unitId === undefined) return [];
  const sets = codeSetsOf(env.edition);
  const unit = sets.reviewUnits.get(unitId);
  const regionItem = sets.regions.get(region);
  // Zones span several districts and are chosen by hand, so they are exempt.
  if (!unit || !regionItem || unit.kind !== 'district' || unit.regions.includes(region)) return [];
  return [
    finding(
      rule.id,
      rule.severity,
      ['T1.B06.value', 'T1.B05.value'],
      `管理单元（B06）${unit.name}与区划代码（B05）${itemName(regionItem, region)}不一致。管理单元一般为单位所在区县；位于两江新区、重庆高新区、万盛经开区的企业请选择对应开发区。请核对；${EXPLAIN}`,
      `${fieldNameEn(env, 'B06')} “${unit.name}” does not match ${fieldNameEn(env, 'B05')} ${region} “${regionItem.name}”. The review unit is normally the district or county where the entity is located; enterprises in the Liangjiang New Area, the Chongqing High-tech Zone or the Wansheng Economic Development Zone choose that zone. Please check. ${EXPLAIN_EN}`,
    ),
  ];
};

const B09 = 'T1.B09.value';
const Y01 = 'T3.Y01.thisYear';
const Y09 = 'T3.Y09.thisYear';
const F11 = 'T2.F11.thisYear';

/** Which branch of B-INDUSTRY-MIX fails, or undefined. */
function mixProblem(
  env: RuleEnv,
  rule: RuleDef,
  code: string,
  division: string,
): { cells: string[]; text: string; textEn: string } | undefined {
  const share = param(rule, 'sharePercent');
  const f11 = env.values.num(F11);
  const atLeast = (ref: string): boolean => env.values.num(ref) * 100 >= share * f11;
  const ofMain = `主营业务收入的 ${share}%`;
  const ofMainEn = `${share}% of main business revenue`;
  if (division === '65' && code !== '6520' && !atLeast(Y01))
    return {
      cells: [B09, Y01, F11],
      text: `行业代码（B09）${code} 属于软件和信息技术服务业（65 大类），但${labelled(env, Y01)}低于${ofMain}（${labelled(env, F11)}）。请核实行业代码是否按主要业务活动确定，或软件业务收入是否漏填`,
      textEn: `${fieldNameEn(env, 'B09')} ${code} is in software and information technology services (division 65), but ${labelledEn(env, Y01)} is below ${ofMainEn} (${labelledEn(env, F11)}). Check that the industry code follows the main business activity, or whether software business revenue is missing`,
    };
  if (code === '6520' && !atLeast(Y09))
    return {
      cells: [B09, Y09, F11],
      text: `行业代码（B09）为 6520 集成电路设计，但${labelled(env, Y09)}低于${ofMain}（${labelled(env, F11)}）。请核实行业代码或集成电路设计收入`,
      textEn: `${fieldNameEn(env, 'B09')} is 6520 (IC design), but ${labelledEn(env, Y09)} is below ${ofMainEn} (${labelledEn(env, F11)}). Check the industry code or the IC design revenue`,
    };
  if (division !== '64' && division !== '65' && atLeast(Y01))
    return {
      cells: [B09, Y01, F11],
      text: `${labelled(env, Y01)}达到${ofMain}（${labelled(env, F11)}），但行业代码（B09）${code} 不属于 64、65 大类。请核实行业代码是否应改为软件和信息技术服务业（65 大类）`,
      textEn: `${labelledEn(env, Y01)} reaches ${ofMainEn} (${labelledEn(env, F11)}), but ${fieldNameEn(env, 'B09')} ${code} is not in division 64 or 65. Check whether the industry code should be one of software and information technology services (division 65)`,
    };
  return undefined;
}

export const checkIndustryMix: Check = (env, rule) => {
  const code = fieldText(env, 'B09');
  const industry = code === undefined ? undefined : codeSetsOf(env.edition).industries.get(code);
  if (code === undefined || !industry || env.values.num(F11) <= 0) return [];
  const problem = mixProblem(env, rule, code, industry.division);
  if (!problem) return [];
  const out: Finding[] = [
    finding(
      rule.id,
      rule.severity,
      problem.cells,
      `${problem.text}；${EXPLAIN}`,
      `${problem.textEn}. ${EXPLAIN_EN}`,
    ),
  ];
  return out;
};
