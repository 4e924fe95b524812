// A roster (名录) of enterprises a review unit expects to report: an XLSX or CSV sheet with a
// credit-code column, a name column and optionally a review-unit column, found by header text.
import { read, utils } from '@e965/xlsx';
import type { Message } from '../core';
import { msg, normaliseUscc } from '../core';
import { containerOf } from './container';
import { MAX_FILE_BYTES, MAX_SHEET_ROWS } from './limits';
import { checkedXlsx } from './openWorkbook';

export interface RosterRow {
  readonly uscc: string;
  readonly name: string;
  readonly reviewUnit?: string;
}

export type RosterResult =
  { ok: true; roster: RosterRow[]; notes: Message[] } | { ok: false; problems: Message[] };

/**
 * A CSV's text: UTF-8 (with or without BOM), else GB18030 as Excel in China saves CSV. Undefined
 * for binary workbooks (zip or OLE), which SheetJS reads itself.
 */
function textOf(bytes: Uint8Array): string | undefined {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (zip || ole) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const find = (header: readonly string[], pattern: RegExp) => header.findIndex((h) => pattern.test(h));

/** Reads a roster file. Never throws; problems name the file, row and column. */
export function readRoster(fileName: string, bytes: Uint8Array): RosterResult {
  if (bytes.byteLength > MAX_FILE_BYTES)
    return {
      ok: false,
      problems: [
        msg(
          `名录“${fileName}”超过 10 MB，无法读取。`,
          `Roster "${fileName}" is larger than 10 MB and cannot be read.`,
        ),
      ],
    };
  let rows: unknown[][];
  try {
    const options = { sheetRows: MAX_SHEET_ROWS + 2, cellFormula: false, cellHTML: false } as const;
    const text = textOf(bytes);
    // A zip goes through the bounded unzip first: SheetJS's own inflate hangs on some damaged zips.
    const zip = containerOf(bytes) === 'zip' ? checkedXlsx(bytes) : undefined;
    if (zip && !zip.ok) {
      return {
        ok: false,
        problems: zip.problems.map((p) => msg(`名录“${fileName}”：${p.zh}`, `Roster "${fileName}": ${p.en}`)),
      };
    }
    const wb =
      text === undefined
        ? read(zip?.bytes ?? bytes, { ...options, type: 'array' })
        : read(text, { ...options, type: 'string' });
    const first = wb.SheetNames[0];
    const sheet = first === undefined ? undefined : wb.Sheets[first];
    if (!sheet) {
      return {
        ok: false,
        problems: [msg(`名录“${fileName}”中没有工作表。`, `Roster "${fileName}" has no sheets.`)],
      };
    }
    rows = utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '' });
  } catch {
    return {
      ok: false,
      problems: [
        msg(
          `无法读取名录“${fileName}”：请使用 .xlsx 或 .csv 文件。`,
          `Roster "${fileName}" cannot be read: please use an .xlsx or .csv file.`,
        ),
      ],
    };
  }
  // Read up to two rows past the limit (sheetRows above): more than the header and 2,000 rows
  // is refused, never cut short without a word.
  if (rows.length > MAX_SHEET_ROWS + 1) {
    return {
      ok: false,
      problems: [
        msg(
          `名录“${fileName}”超过 ${MAX_SHEET_ROWS} 行，无法读取。请分成几个文件后再导入。`,
          `Roster "${fileName}" has more than ${MAX_SHEET_ROWS} rows and cannot be read. Please split it into several files, then import again.`,
        ),
      ],
    };
  }
  // The header row has both a code and a name column: a title above it such as
  // "2020年应报企业名录（统一社会信用代码）" mentions a code but is not the header.
  const codeCell = (c: unknown) => /信用代码|代码/.test(String(c));
  const bothAt = rows.findIndex(
    (r) => r.some(codeCell) && r.some((c) => !codeCell(c) && /名称/.test(String(c))),
  );
  const headerAt = bothAt >= 0 ? bothAt : rows.findIndex((r) => r.some(codeCell));
  if (headerAt < 0) {
    return {
      ok: false,
      problems: [
        msg(
          `名录“${fileName}”中找不到表头“统一社会信用代码”（或“代码”）列。`,
          `Roster "${fileName}" has no column headed "统一社会信用代码" (or "代码").`,
        ),
      ],
    };
  }
  const header = (rows[headerAt] ?? []).map((c) => String(c).trim());
  const codeCol = find(header, /信用代码/) >= 0 ? find(header, /信用代码/) : find(header, /代码/);
  const nameCol = find(header, /名称/);
  // 管理单元 / 审核单位 first: a 区划代码 column (the registered region) is not the review unit.
  const unitCol = [/管理单元|审核单位/, /区县/, /区划/].map((p) => find(header, p)).find((i) => i >= 0) ?? -1;
  if (nameCol < 0) {
    return {
      ok: false,
      problems: [
        msg(`名录“${fileName}”中找不到“单位名称”列。`, `Roster "${fileName}" has no "单位名称" column.`),
      ],
    };
  }
  const roster: RosterRow[] = [];
  const notes: Message[] = [];
  const seen = new Set<string>();
  rows.slice(headerAt + 1).forEach((r, i) => {
    const line = headerAt + i + 2;
    const uscc = normaliseUscc(String(r[codeCol] ?? ''));
    const name = String(r[nameCol] ?? '').trim();
    if (uscc === '' && name === '') return;
    if (uscc === '') {
      return void notes.push(
        msg(
          `第 ${line} 行没有统一社会信用代码，已跳过。`,
          `Row ${line} has no unified social credit code; skipped.`,
        ),
      );
    }
    if (seen.has(uscc)) {
      return void notes.push(
        msg(
          `第 ${line} 行的统一社会信用代码 ${uscc} 重复，已跳过。`,
          `The unified social credit code ${uscc} in row ${line} is a duplicate; skipped.`,
        ),
      );
    }
    seen.add(uscc);
    const unit = unitCol >= 0 ? String(r[unitCol] ?? '').trim() : '';
    roster.push(
      unit
        ? { uscc, name: name.slice(0, 200), reviewUnit: unit.slice(0, 40) }
        : { uscc, name: name.slice(0, 200) },
    );
  });
  if (roster.length === 0) {
    return {
      ok: false,
      problems: [
        msg(`名录“${fileName}”中没有可用的企业行。`, `Roster "${fileName}" has no usable enterprise rows.`),
      ],
    };
  }
  return { ok: true, roster, notes };
}
