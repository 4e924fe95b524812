// File names of exchange files (exchange.md): `{统一社会信用代码}_{period}_{年报|月报}.{ext}`, with
// `未填代码` when B01 is blank. Characters no file system accepts are replaced, so the name is safe
// on Windows, macOS and Linux whatever the user typed into B01.
import type { Report } from '../core';
import { getCell, normaliseUscc } from '../core';

/** Characters not allowed in file names on Windows (and `/` everywhere), control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/** The code part of a file name: the normalised credit code, made safe, or 未填代码. */
function codePart(report: Report): string {
  const raw = getCell(report, 'T1.B01.value');
  const code =
    raw === undefined
      ? ''
      : normaliseUscc(raw)
          .replace(UNSAFE, '_')
          .replace(/^[.\s]+|[.\s]+$/g, '');
  return code === '' ? '未填代码' : code.slice(0, 40);
}

export type ExchangeExt = 'xlsx' | 'json';

/**
 * The file name of a return's exchange file (exchange.md): `{统一社会信用代码}_{period}_{年报|月报}.{ext}`,
 * e.g. `91500103MA5U00000D_2020_年报.xlsx`, with `未填代码` when B01 is blank. The spec's rule has no
 * place for the enterprise's name, so the three-argument form accepts one (callers that have it
 * at hand may pass it) and ignores it: the credit code alone identifies the enterprise, and a
 * name would make file names differ between the enterprise and its review unit.
 */
export function exportFileName(report: Report, ext: ExchangeExt): string;
export function exportFileName(report: Report, enterpriseName: string | undefined, ext: ExchangeExt): string;
export function exportFileName(
  report: Report,
  extOrName: string | undefined,
  maybeExt?: ExchangeExt,
): string {
  const ext = maybeExt ?? (extOrName === 'json' ? 'json' : 'xlsx');
  const kind = report.kind === 'annual' ? '年报' : '月报';
  const period = report.period.replace(UNSAFE, '_');
  return `${codePart(report)}_${period}_${kind}.${ext}`;
}
