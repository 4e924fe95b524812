// The one normaliser at every boundary (architecture.md §4): a stored row, a JSON file, the
// `_data` of a workbook and a backup all become a Report only through here. It never throws:
// expected failures are values. Keys taken from input only ever select cells the edition
// defines, so `__proto__`, `constructor` and friends cannot reach an object prototype.
import { findEdition } from '../catalog/editions';
import { layoutOf } from '../catalog/layout';
import type { ReportKind } from '../catalog/types';
import { isBlank, makeCell, readBool } from './cellParsing';
import { checksumOf, FORMAT, FORMAT_VERSION } from './jsonForm';
import type { Cell, Report, ReportStatus } from './types';

export type RestoreResult = { ok: true; report: Report; notes: string[] } | { ok: false; problems: string[] };

/** Longest text accepted in one cell or explanation (exchange.md: bigger is refused). */
export const MAX_CELL_CHARS = 2000;

const KNOWN_KEYS = new Set([
  'format',
  'formatVersion',
  'edition',
  'kind',
  'period',
  'status',
  'cells',
  'explanations',
  'findings',
  'generator',
  'exportedAt',
  'sha256',
]);
const EXPLANATION_KEY = /^[A-Z][A-Z0-9-]*@(?:T[1-5]|M)\.[A-Za-z0-9]+\.[A-Za-z]+$/;
const ANNUAL_PERIOD = /^\d{4}$/;
const MONTHLY_PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Shortens untrusted text for a message. */
const show = (v: unknown): string => {
  const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** A JSON number as the plain decimal a person would type (no exponent). */
function numberText(n: number): string {
  if (Number.isInteger(n)) return BigInt(n).toString();
  const text = String(n);
  return /e/i.test(text) ? n.toFixed(20).replace(/\.?0+$/, '') : text;
}

function cellText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return numberText(v);
  if (typeof v === 'boolean') return v ? '是' : '否';
  return undefined;
}

export interface RestoreOptions {
  /** 'ignore' for data the app stored itself (it carries no checksum). Default 'verify'. */
  checksum?: 'verify' | 'ignore';
}

/** JSON form (already JSON.parse'd) → Report. Never throws on bad data. */
export function restoreReport(input: unknown, options: RestoreOptions = {}): RestoreResult {
  try {
    return restore(input, options);
  } catch (e) {
    // Only a bug gets here; still a value, so no caller is ever surprised by a throw.
    return { ok: false, problems: [`无法读取报表数据：${e instanceof Error ? e.message : String(e)}`] };
  }
}

function restore(input: unknown, options: RestoreOptions): RestoreResult {
  if (!isRecord(input)) return { ok: false, problems: ['文件内容不是报表数据（应为一个 JSON 对象）。'] };
  const problems: string[] = [];
  const notes: string[] = [];

  if (input.format !== FORMAT) {
    problems.push(`文件格式“${show(input.format)}”不是本程序的报表格式（${FORMAT}）。`);
  }
  const version = input.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    problems.push(`格式版本“${show(version)}”无效，应为正整数。`);
  } else if (version > FORMAT_VERSION) {
    problems.push(
      `文件的格式版本为 ${version}，高于本程序支持的版本 ${FORMAT_VERSION}，请升级本程序后再导入。`,
    );
  }
  const edition = findEdition(input.edition);
  if (!edition) problems.push(`未知的统计制度版本“${show(input.edition)}”。`);
  const kind = input.kind;
  if (kind !== 'annual' && kind !== 'monthly') problems.push(`报表类型“${show(kind)}”无效，应为年报或月报。`);
  const period = input.period;
  const periodShape = kind === 'monthly' ? MONTHLY_PERIOD : ANNUAL_PERIOD;
  if (typeof period !== 'string' || !periodShape.test(period)) {
    problems.push(`报告期“${show(period)}”格式错误，年报应为 YYYY，月报应为 YYYY-MM。`);
  } else if (edition && kind === 'annual' && period !== edition.annualPeriod) {
    problems.push(
      `报告期 ${period} 年不属于统计制度 ${edition.id}（适用于 ${edition.annualPeriod} 年年报）。`,
    );
  }
  if (!isRecord(input.cells)) problems.push('缺少数据格子（cells），或其格式不是对象。');
  if (problems.length > 0 || !edition || !isRecord(input.cells)) return { ok: false, problems };
  const reportKind = kind as ReportKind;

  if (options.checksum !== 'ignore') {
    if (typeof input.sha256 !== 'string') notes.push('文件没有校验码（sha256），无法确认导出后是否被修改。');
    else if (input.sha256.toLowerCase() !== checksumOf(input))
      notes.push('文件在导出后被修改过（校验码不一致）。');
  }
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.has(key)) notes.push(`忽略未知字段“${show(key)}”。`);
  }

  const layout = layoutOf(edition, reportKind);
  const cells: Record<string, Cell> = {};
  const unknown: string[] = [];
  for (const ref of Object.keys(input.cells)) {
    const def = layout.byRef.get(ref);
    if (!def) {
      unknown.push(show(ref));
      continue;
    }
    if (def.indicator.formula) continue; // computed: recomputed, never imported
    const raw = cellText(input.cells[ref]);
    if (raw === undefined) {
      if (input.cells[ref] !== null) notes.push(`格子 ${ref} 的值类型无效，已忽略。`);
      continue;
    }
    if (raw.length > MAX_CELL_CHARS) {
      problems.push(
        `格子 ${ref}（${def.indicator.name}）的内容有 ${raw.length} 个字符，超过上限 ${MAX_CELL_CHARS}。`,
      );
      continue;
    }
    if (isBlank(raw)) continue;
    const text = def.indicator.kind === 'bool' ? (readBool(raw) ?? raw) : raw;
    cells[ref] = makeCell(def.indicator, text);
  }
  if (unknown.length > 0) {
    notes.push(
      `以下格子不属于本表式，已忽略：${unknown.slice(0, 20).join('、')}${unknown.length > 20 ? ` 等 ${unknown.length} 个` : ''}。`,
    );
  }

  const explanations: Record<string, string> = {};
  if (input.explanations !== undefined) {
    if (!isRecord(input.explanations)) notes.push('审核说明（explanations）格式无效，已忽略。');
    else {
      for (const key of Object.keys(input.explanations)) {
        const text = input.explanations[key];
        if (!EXPLANATION_KEY.test(key) || typeof text !== 'string') {
          notes.push(`忽略无效的审核说明“${show(key)}”。`);
        } else if (text.length > MAX_CELL_CHARS) {
          problems.push(`审核说明 ${key} 超过 ${MAX_CELL_CHARS} 个字符。`);
        } else if (!isBlank(text)) explanations[key] = text;
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  let status: ReportStatus = 'draft';
  if (input.status === 'ready' || input.status === 'draft') status = input.status;
  else if (input.status !== undefined) notes.push(`状态“${show(input.status)}”无效，按草稿处理。`);

  return {
    ok: true,
    report: { edition: edition.id, kind: reportKind, period: period as string, status, cells, explanations },
    notes,
  };
}
