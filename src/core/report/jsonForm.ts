// The JSON form of a return (exchange.md): what files carry and what storage keeps. Both ways
// go through here and restoreReport, so there is one definition of the format.
import { canonicalJson, sha256Hex } from '../json/canonicalJson';
import { toPlainDecimal } from '../numbers/formatNumber';
import type { Finding } from '../rules/finding';
import { isReady, validateReport } from '../rules/validateReport';
import { normaliseUscc } from '../uscc/verifyUscc';
import { isNumericKind, readBool } from './cellParsing';
import { getCell } from './cells';
import type { Report } from './types';
import { layoutOfReport } from './valuesOf';

const USCC_REF = 'T1.B01.value';

/** The format's name and version. Raise the version only with a migration in restoreReport. */
export const FORMAT = 'softstat-report';
export const FORMAT_VERSION = 1;
export const GENERATOR = { name: 'softstat-precheck', version: '0.1.0' } as const;

export interface JsonForm {
  format: typeof FORMAT;
  formatVersion: number;
  edition: string;
  kind: Report['kind'];
  period: string;
  status: Report['status'];
  cells: Record<string, string>;
  explanations: Record<string, string>;
  findings?: Finding[];
  generator?: { name: string; version: string };
  exportedAt?: string;
  sha256?: string;
}

/**
 * Cells as the JSON form writes them: every non-blank cell as a string, numbers as plain decimals,
 * text that is not a valid number as typed (so the problem survives), computed cells included.
 */
export function cellsForFile(report: Report): Record<string, string> {
  const out: Record<string, string> = {};
  for (const def of layoutOfReport(report).cells) {
    if (def.indicator.formula) {
      const text = getCell(report, def.ref);
      if (text !== undefined) out[def.ref] = text;
      continue;
    }
    const cell = report.cells[def.ref];
    if (!cell) continue;
    const kind = def.indicator.kind;
    // Numbers in plain decimal, yes/no as 是/否 (exchange.md), the credit code normalised
    // (tables.md: upper case, no spaces or hyphens, half-width); text that is neither stays as
    // typed, so that the problem survives the round trip.
    out[def.ref] =
      cell.value !== undefined && isNumericKind(kind)
        ? toPlainDecimal(cell.value, kind)
        : kind === 'bool'
          ? (readBool(cell.raw) ?? cell.raw)
          : def.ref === USCC_REF
            ? normaliseUscc(cell.raw) || cell.raw
            : cell.raw;
  }
  return out;
}

/** The JSON form of a report without checksum: what storage keeps (typed cells only, raw text kept). */
export function toStoredForm(report: Report): JsonForm {
  const cells: Record<string, string> = {};
  for (const ref in report.cells) {
    const cell = report.cells[ref];
    if (cell) cells[ref] = cell.raw;
  }
  return {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    edition: report.edition,
    kind: report.kind,
    period: report.period,
    status: report.status,
    cells,
    explanations: { ...report.explanations },
  };
}

/** Current time as ISO 8601 in Asia/Shanghai (+08:00), the time zone of the survey's deadlines. */
export function nowInShanghai(now: Date = new Date()): string {
  const shifted = new Date(now.getTime() + 8 * 3600_000);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}

/** The checksum of a JSON form: SHA-256 of its canonical JSON without the `sha256` key. */
export function checksumOf(form: Readonly<Record<string, unknown>>): string {
  const { sha256: _ignored, ...rest } = form;
  return sha256Hex(canonicalJson(rest));
}

/**
 * The exchange-file text (exchange.md) of a return: the JSON form with every non-blank cell, the
 * findings at export (validated here when not given), generator, export time and SHA-256
 * checksum. Status `ready` only when the return is marked ready and the findings allow it (no
 * error, every verify explained), as in the XLSX. Pretty-printed for people; the checksum is over
 * the canonical form, so whitespace does not matter.
 */
export function serializeReport(
  report: Report,
  given?: Finding[],
  options: { exportedAt?: string } = {},
): string {
  const findings = given ?? validateReport(report);
  const form: JsonForm = {
    ...toStoredForm(report),
    status: report.status === 'ready' && isReady(report, findings) ? 'ready' : 'draft',
    cells: cellsForFile(report),
    // The file is for the official platform and district staff: findings as exchange.md lists
    // them, in Chinese (the English twin is for this app's screen only).
    findings: findings.map(({ ruleId, severity, key, cells, message }) => ({
      ruleId,
      severity,
      key,
      cells,
      message,
    })),
    generator: { ...GENERATOR },
    exportedAt: options.exportedAt ?? nowInShanghai(),
  };
  return JSON.stringify({ ...form, sha256: checksumOf(form as unknown as Record<string, unknown>) }, null, 2);
}
