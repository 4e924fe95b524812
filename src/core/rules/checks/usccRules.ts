// 统一社会信用代码 checks of T1 (rules.md B-USCC*).
import { normaliseUscc, USCC_ALPHABET, usccCheckChar } from '../../uscc/verifyUscc';
import type { Check } from '../context';
import { fieldText } from '../context';
import { finding } from '../finding';
import type { Bilingual } from '../messages';
import { fieldNameEn } from '../messages';
import { memoOnCell } from './memoOnCell';

const REF = 'T1.B01.value';

/** Why a normalised code is not a valid credit code, in both languages; undefined when it is valid. */
function usccIssue(code: string): Bilingual | undefined {
  if (code.length !== 18)
    return {
      zh: `应为 18 位，现为 ${code.length} 位`,
      en: `it should have 18 characters but has ${code.length}`,
    };
  const bad = [...code].find((ch) => !USCC_ALPHABET.includes(ch));
  if (bad !== undefined)
    return {
      zh: `含有不允许的字符“${bad}”（代码中不使用 I、O、S、V、Z）`,
      en: `it contains the character “${bad}”, which is not allowed (the code does not use I, O, S, V or Z)`,
    };
  if (!/^\d{6}$/.test(code.slice(2, 8)))
    return {
      zh: `第 3–8 位应为登记管理机关行政区划码（6 位数字），现为“${code.slice(2, 8)}”`,
      en: `characters 3–8 should be the administrative division code of the registration authority (6 digits), but are “${code.slice(2, 8)}”`,
    };
  const expected = usccCheckChar(code.slice(0, 17));
  if (expected !== code.charAt(17))
    return {
      zh: `校验位（第 18 位）应为“${expected}”，现为“${code.charAt(17)}”，请逐位核对营业执照`,
      en: `the check character (character 18) should be “${expected}” but is “${code.charAt(17)}”: compare the code with the business licence character by character`,
    };
  return undefined;
}

/** Why a normalised code is not a valid credit code (Chinese), or undefined when it is. */
export function usccProblem(code: string): string | undefined {
  return usccIssue(code)?.zh;
}

export const checkUscc: Check = memoOnCell(REF, (env, rule) => {
  const raw = fieldText(env, 'B01');
  if (raw === undefined) return [];
  const problem = usccIssue(normaliseUscc(raw));
  return problem === undefined
    ? []
    : [
        finding(
          rule.id,
          rule.severity,
          [REF],
          `统一社会信用代码（B01）“${raw.slice(0, 30)}”无效：${problem.zh}。`,
          `${fieldNameEn(env, 'B01')} “${raw.slice(0, 30)}” is invalid: ${problem.en}.`,
        ),
      ];
});

export const checkUsccType: Check = memoOnCell(REF, (env, rule) => {
  const raw = fieldText(env, 'B01');
  const code = raw === undefined ? '' : normaliseUscc(raw);
  if (code.length !== 18 || usccProblem(code) !== undefined || code.startsWith('91')) return [];
  return [
    finding(
      rule.id,
      rule.severity,
      [REF],
      `统一社会信用代码（B01）以“${code.slice(0, 2)}”开头，不是市场监管部门登记的企业（企业代码以 91 开头）。调查对象应为独立法人企业，请核实；如属实请填写审核说明。`,
      `${fieldNameEn(env, 'B01')} starts with “${code.slice(0, 2)}”, so it is not an enterprise registered with the market regulator (enterprise codes start with 91). The survey covers independent legal-entity enterprises: please verify. If it is correct, write an explanation.`,
    ),
  ];
});

export const checkUsccRegion: Check = memoOnCell(REF, (env, rule) => {
  const raw = fieldText(env, 'B01');
  const code = raw === undefined ? '' : normaliseUscc(raw);
  if (code.length !== 18 || usccProblem(code) !== undefined || code.slice(2, 4) === '50') return [];
  return [
    finding(
      rule.id,
      rule.severity,
      [REF],
      `统一社会信用代码（B01）第 3–8 位为 ${code.slice(2, 8)}，登记地不在重庆市（50 开头）。调查范围为在本市注册的企业，请确认。`,
      `Characters 3–8 of ${fieldNameEn(env, 'B01')} are ${code.slice(2, 8)}: the enterprise is registered outside Chongqing (codes beginning with 50). The survey covers enterprises registered in Chongqing: please confirm.`,
    ),
  ];
});
