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
import type { Message } from '../message';
import { msg } from '../message';

/**
 * `exportedAt`: the file's export time, given only when its checksum holds (the data is as it was
 * exported then): district mode dates a return by it rather than by the file's date on disk,
 * which changes whenever the file is copied or downloaded.
 */
export type RestoreResult =
  { ok: true; report: Report; notes: Message[]; exportedAt?: string } | { ok: false; problems: Message[] };

/** ISO 8601 with a time zone, as exported (2021-03-10T10:00:00+08:00). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

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
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [msg(`无法读取报表数据：${detail}`, `The return data cannot be read: ${detail}`)],
    };
  }
}

function restore(input: unknown, options: RestoreOptions): RestoreResult {
  if (!isRecord(input)) {
    return {
      ok: false,
      problems: [
        msg(
          '文件内容不是报表数据（应为一个 JSON 对象）。',
          'The file content is not return data (it should be a JSON object).',
        ),
      ],
    };
  }
  const problems: Message[] = [];
  const notes: Message[] = [];

  if (input.format !== FORMAT) {
    problems.push(
      msg(
        `文件格式“${show(input.format)}”不是本程序的报表格式（${FORMAT}）。`,
        `File format "${show(input.format)}" is not this program's return format (${FORMAT}).`,
      ),
    );
  }
  const version = input.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    problems.push(
      msg(
        `格式版本“${show(version)}”无效，应为正整数。`,
        `Format version "${show(version)}" is invalid; it should be a positive whole number.`,
      ),
    );
  } else if (version > FORMAT_VERSION) {
    problems.push(
      msg(
        `文件的格式版本为 ${version}，高于本程序支持的版本 ${FORMAT_VERSION}，请升级本程序后再导入。`,
        `The file's format version is ${version}, newer than version ${FORMAT_VERSION} that this program supports. Please update this program, then import again.`,
      ),
    );
  }
  const edition = findEdition(input.edition);
  if (!edition) {
    problems.push(
      msg(
        `未知的统计制度版本“${show(input.edition)}”。`,
        `Unknown edition of the statistical system "${show(input.edition)}".`,
      ),
    );
  }
  const kind = input.kind;
  if (kind !== 'annual' && kind !== 'monthly') {
    problems.push(
      msg(
        `报表类型“${show(kind)}”无效，应为年报或月报。`,
        `Return type "${show(kind)}" is invalid; it should be annual or monthly.`,
      ),
    );
  }
  const period = input.period;
  const periodShape = kind === 'monthly' ? MONTHLY_PERIOD : ANNUAL_PERIOD;
  if (typeof period !== 'string' || !periodShape.test(period)) {
    problems.push(
      msg(
        `报告期“${show(period)}”格式错误，年报应为 YYYY，月报应为 YYYY-MM。`,
        `Reporting period "${show(period)}" is malformed: it should be YYYY for an annual return, YYYY-MM for a monthly one.`,
      ),
    );
  } else if (edition && kind === 'annual' && period !== edition.annualPeriod) {
    problems.push(
      msg(
        `报告期 ${period} 年不属于统计制度 ${edition.id}（适用于 ${edition.annualPeriod} 年年报）。`,
        `Reporting period ${period} does not belong to edition ${edition.id} of the statistical system (it is for the ${edition.annualPeriod} annual return).`,
      ),
    );
  } else if (edition && kind === 'monthly' && period.slice(0, 4) !== edition.monthlyYear) {
    problems.push(
      msg(
        `报告期 ${period} 不属于统计制度 ${edition.id}（适用于 ${edition.monthlyYear} 年各月月报）。`,
        `Reporting period ${period} does not belong to edition ${edition.id} of the statistical system (it is for the monthly returns of ${edition.monthlyYear}).`,
      ),
    );
  }
  if (!isRecord(input.cells)) {
    problems.push(
      msg(
        '缺少数据格子（cells），或其格式不是对象。',
        'The cell data (cells) is missing or is not an object.',
      ),
    );
  }
  if (problems.length > 0 || !edition || !isRecord(input.cells)) return { ok: false, problems };
  const reportKind = kind as ReportKind;

  let verified = false;
  if (options.checksum !== 'ignore') {
    const tooDeep = typeof input.sha256 === 'string' ? deepestKey(input) : undefined;
    if (typeof input.sha256 !== 'string') {
      notes.push(
        msg(
          '文件没有校验码（sha256），无法确认导出后是否被修改。',
          'The file has no checksum (sha256), so it cannot be confirmed that it was not changed after export.',
        ),
      );
    } else if (tooDeep !== undefined) {
      // Canonical JSON recurses: nesting this deep (never in a file this program wrote) would
      // overflow the stack. The data is read as usual; only the checksum cannot be checked.
      notes.push(
        msg(
          `文件中“${show(tooDeep)}”的内容嵌套层数过多，无法核对校验码。`,
          `The content of "${show(tooDeep)}" in the file is nested too deeply; the checksum cannot be checked.`,
        ),
      );
    } else if (input.sha256.toLowerCase() !== checksumOf(input)) {
      notes.push(
        msg(
          '文件在导出后被修改过（校验码不一致）。',
          'The file was changed after export (the checksum does not match).',
        ),
      );
    } else verified = true;
  }
  const exportedAt =
    verified &&
    typeof input.exportedAt === 'string' &&
    INSTANT.test(input.exportedAt) &&
    !Number.isNaN(Date.parse(input.exportedAt))
      ? input.exportedAt
      : undefined;
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.has(key))
      notes.push(msg(`忽略未知字段“${show(key)}”。`, `Unknown field "${show(key)}" ignored.`));
  }

  const layout = layoutOf(edition, reportKind);
  // Collected, then made into one object at the end: grown key by key, the object (in Chromium) was
  // one V8 copies slowly, and setCell copies the stored return's cells on every keystroke (measured
  // in the page, unthrottled: 24 µs per copy against 0.7 µs, setCell 34 µs against 7 µs).
  const cellEntries: [string, Cell][] = [];
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
      if (input.cells[ref] !== null) {
        notes.push(
          msg(`格子 ${ref} 的值类型无效，已忽略。`, `Cell ${ref} holds a value of an invalid type; ignored.`),
        );
      }
      continue;
    }
    if (raw.length > MAX_CELL_CHARS) {
      problems.push(
        msg(
          `格子 ${ref}（${def.indicator.name}）的内容有 ${raw.length} 个字符，超过上限 ${MAX_CELL_CHARS}。`,
          `Cell ${ref} (${def.indicator.name}) holds ${raw.length} characters, more than the limit of ${MAX_CELL_CHARS}.`,
        ),
      );
      continue;
    }
    if (isBlank(raw)) continue;
    const text = def.indicator.kind === 'bool' ? (readBool(raw) ?? raw) : raw;
    cellEntries.push([ref, makeCell(def.indicator, text)]);
  }
  if (unknown.length > 0) {
    const more = unknown.length > 20;
    notes.push(
      msg(
        `以下格子不属于本表式，已忽略：${unknown.slice(0, 20).join('、')}${more ? ` 等 ${unknown.length} 个` : ''}。`,
        `These cells are not part of this form and were ignored: ${unknown.slice(0, 20).join(', ')}${more ? ` (${unknown.length} in all)` : ''}.`,
      ),
    );
  }

  const explanations: Record<string, string> = {};
  if (input.explanations !== undefined) {
    if (!isRecord(input.explanations)) {
      notes.push(
        msg(
          '审核说明（explanations）格式无效，已忽略。',
          'The review explanations (explanations) are malformed; ignored.',
        ),
      );
    } else {
      for (const key of Object.keys(input.explanations)) {
        const text = input.explanations[key];
        if (!EXPLANATION_KEY.test(key) || typeof text !== 'string') {
          notes.push(
            msg(`忽略无效的审核说明“${show(key)}”。`, `Invalid review explanation "${show(key)}" ignored.`),
          );
        } else if (text.length > MAX_CELL_CHARS) {
          problems.push(
            msg(
              `审核说明 ${key} 超过 ${MAX_CELL_CHARS} 个字符。`,
              `Review explanation ${key} is longer than ${MAX_CELL_CHARS} characters.`,
            ),
          );
        } else if (!isBlank(text)) explanations[key] = text;
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const cells: Record<string, Cell> = Object.fromEntries(cellEntries);

  let status: ReportStatus = 'draft';
  if (input.status === 'ready' || input.status === 'draft') status = input.status;
  else if (input.status !== undefined) {
    notes.push(
      msg(
        `状态“${show(input.status)}”无效，按草稿处理。`,
        `Status "${show(input.status)}" is invalid; treated as a draft.`,
      ),
    );
  }

  return {
    ok: true,
    report: { edition: edition.id, kind: reportKind, period: period as string, status, cells, explanations },
    notes,
    ...(exportedAt === undefined ? {} : { exportedAt }),
  };
}

/** Deeper than any exchange file (cells and explanations are two levels): a hostile file. */
const MAX_NESTING = 64;

/** The first top-level key whose value is nested deeper than MAX_NESTING (iteratively: no recursion). */
function deepestKey(input: Record<string, unknown>): string | undefined {
  for (const key of Object.keys(input)) {
    const stack: [unknown, number][] = [[input[key], 1]];
    while (stack.length > 0) {
      const [value, depth] = stack.pop() as [unknown, number];
      if (value === null || typeof value !== 'object') continue;
      if (depth > MAX_NESTING) return key;
      for (const child of Object.values(value)) stack.push([child, depth + 1]);
    }
  }
  return undefined;
}
