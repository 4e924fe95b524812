// 统一社会信用代码 checks of T1 (rules.md B-USCC*).
import { normaliseUscc, USCC_ALPHABET, usccCheckChar } from '../../uscc/verifyUscc';
import type { Check } from '../context';
import { fieldText } from '../context';
import { finding } from '../finding';

const REF = 'T1.B01.value';

/** Why a normalised code is not a valid credit code, or undefined when it is. */
export function usccProblem(code: string): string | undefined {
  if (code.length !== 18) return `应为 18 位，现为 ${code.length} 位`;
  const bad = [...code].find((ch) => !USCC_ALPHABET.includes(ch));
  if (bad !== undefined) return `含有不允许的字符“${bad}”（代码中不使用 I、O、S、V、Z）`;
  if (!/^\d{6}$/.test(code.slice(2, 8)))
    return `第 3–8 位应为登记管理机关行政区划码（6 位数字），现为“${code.slice(2, 8)}”`;
  const expected = usccCheckChar(code.slice(0, 17));
  if (expected !== code.charAt(17))
    return `校验位（第 18 位）应为“${expected}”，现为“${code.charAt(17)}”，请逐位核对营业执照`;
  return undefined;
}

export const checkUscc: Check = (env, rule) => {
  const raw = fieldText(env, 'B01');
  if (raw === undefined) return [];
  const problem = usccProblem(normaliseUscc(raw));
  return problem === undefined
    ? []
    : [
        finding(
          rule.id,
          rule.severity,
          [REF],
          `统一社会信用代码（B01）“${raw.slice(0, 30)}”无效：${problem}。`,
        ),
      ];
};

export const checkUsccType: Check = (env, rule) => {
  const raw = fieldText(env, 'B01');
  const code = raw === undefined ? '' : normaliseUscc(raw);
  if (code.length !== 18 || usccProblem(code) !== undefined || code.startsWith('91')) return [];
  return [
    finding(
      rule.id,
      rule.severity,
      [REF],
      `统一社会信用代码（B01）以“${code.slice(0, 2)}”开头，不是市场监管部门登记的企业（企业代码以 91 开头）。调查对象应为独立法人企业，请核实；如属实请填写审核说明。`,
    ),
  ];
};

export const checkUsccRegion: Check = (env, rule) => {
  const raw = fieldText(env, 'B01');
  const code = raw === undefined ? '' : normaliseUscc(raw);
  if (code.length !== 18 || usccProblem(code) !== undefined || code.slice(2, 4) === '50') return [];
  return [
    finding(
      rule.id,
      rule.severity,
      [REF],
      `统一社会信用代码（B01）第 3–8 位为 ${code.slice(2, 8)}，登记地不在重庆市（50 开头）。调查范围为在本市注册的企业，请确认。`,
    ),
  ];
};
