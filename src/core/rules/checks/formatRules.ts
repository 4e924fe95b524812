// 企业基本情况 (T1) format rules (rules.md B-FOUNDED, B-PHONE, B-EMAIL, B-POSTCODE, B-DATE): dates,
// months, phone numbers, e-mail and postcode as the form asks for them. Blank optional fields pass;
// blank required fields are F-REQ's business.
import { parseDate, parseMonth } from '../../calendar/dates';
import type { RuleDef } from '../../catalog/types';
import type { Check } from '../context';
import { fieldText } from '../context';
import { finding } from '../finding';
import type { Bilingual } from '../messages';
import { fieldNameEn } from '../messages';
import { param } from '../relations';
import { memoOnCell } from './memoOnCell';

const clip = (raw: string): string => (raw.length > 30 ? `${raw.slice(0, 30)}…` : raw);

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const POSTCODE = /^\d{6}$/;

/**
 * A check on one given T1 field: `problem` says what is wrong (in both languages; `name` is the
 * field's English name with code and gloss), or undefined when it is fine.
 */
function fieldCheck(
  code: string,
  problem: (text: string, period: string, rule: RuleDef, name: () => string) => Bilingual | undefined,
): Check {
  const ref = `T1.${code}.value`;
  return memoOnCell(ref, (env, rule) => {
    const text = fieldText(env, code);
    const name = () => fieldNameEn(env, code);
    const why = text === undefined ? undefined : problem(text, env.report.period, rule, name);
    return why === undefined ? [] : [finding(rule.id, rule.severity, [ref], why.zh, why.en)];
  });
}

// Years before `earliestYear` in 成立时间 and 报出日期 are typing slips (0201 for 2015 …).
export const checkFounded = fieldCheck('B11', (text, period, rule, name) => {
  const m = parseMonth(text);
  if (!m || m.year < param(rule, 'earliestYear'))
    return {
      zh: `成立时间（B11）“${clip(text)}”不是有效的年月，请按营业执照的成立日期填写“年-月”，如 2015-06。`,
      en: `${name()} “${clip(text)}” is not a valid year and month. Enter the founding date from the business licence as year-month, e.g. 2015-06.`,
    };
  const end = period.length === 7 ? period : `${period.slice(0, 4)}-12`;
  if (text > end)
    return {
      zh: `成立时间（B11）${text} 晚于报告期末（${end}），报告期内尚未成立的企业不应填报本期报表。请核对营业执照的成立日期。`,
      en: `${name()} ${text} is after the end of the report period (${end}); an enterprise not yet founded in the period should not file this return. Check the founding date on the business licence.`,
    };
  return undefined;
});

export const checkPhone = fieldCheck('B23', (text, _period, _rule, name) => {
  const compact = text.replace(/[\s\u3000]/g, '');
  if (MOBILE.test(compact) || LANDLINE.test(compact)) return undefined;
  return {
    zh: `联系电话（B23）“${clip(text)}”格式不对。请填写 11 位手机号（如 13812345678）或带区号的座机号（如 023-63896259），不要填分机号或多个号码。`,
    en: `${name()} “${clip(text)}” is not in a valid format. Enter an 11-digit mobile number (e.g. 13812345678) or a landline number with its area code (e.g. 023-63896259), without an extension and only one number.`,
  };
});

export const checkEmail = fieldCheck('B24', (text, _period, _rule, name) =>
  EMAIL.test(text)
    ? undefined
    : {
        zh: `电子邮箱（B24）“${clip(text)}”不是有效的邮箱地址，请按 name@example.com 的格式填写，或留空。`,
        en: `${name()} “${clip(text)}” is not a valid e-mail address. Enter it in the form name@example.com, or leave it blank.`,
      },
);

export const checkPostcode = fieldCheck('B25', (text, _period, _rule, name) =>
  POSTCODE.test(text)
    ? undefined
    : {
        zh: `邮政编码（B25）“${clip(text)}”应为 6 位数字（如 400010），或留空。`,
        en: `${name()} “${clip(text)}” should be 6 digits (e.g. 400010), or left blank.`,
      },
);

export const checkDate = fieldCheck('B26', (text, _period, rule, name) => {
  const d = parseDate(text);
  if (d && d.year >= param(rule, 'earliestYear')) return undefined;
  return {
    zh: `报出日期（B26）“${clip(text)}”不是有效日期，请按“年-月-日”填写，如 2021-03-15。`,
    en: `${name()} “${clip(text)}” is not a valid date. Enter it as year-month-day, e.g. 2021-03-15.`,
  };
});
