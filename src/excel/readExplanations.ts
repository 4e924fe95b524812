// Explanations (审核说明) from the 审核说明 sheet, for workbooks without `_data`: each row names a
// rule and, in 位置, the reference of the finding's first cell; together they are the finding key.
// Keys that are not well formed are dropped by core's restoreReport with a note.
import type { WorkBook } from '@e965/xlsx';
import { isBlank } from '../core';
import { MAX_CELL_TEXT } from './limits';
import { FINDINGS_HEADER, FINDINGS_SHEET, squash } from './layout';
import { cellText } from './readCell';
import { rowsOf } from './readTableSheet';

const RULE = /^[A-Z][A-Z0-9-]*$/;
const REF = /^(?:T[1-5]|M)\.[A-Za-z0-9]+\.[A-Za-z]+/;

/** Explanations by finding key, read from the 审核说明 sheet (empty when it is absent). */
export function readExplanations(wb: WorkBook): Map<string, string> {
  const out = new Map<string, string>();
  const ws = Object.hasOwn(wb.Sheets, FINDINGS_SHEET) ? wb.Sheets[FINDINGS_SHEET] : undefined;
  if (!ws) return out;
  const rows = rowsOf(ws);
  const header = rows.findIndex((row) => squash(cellText(row?.[0])) === FINDINGS_HEADER[0]);
  if (header < 0) return out;
  const head = (rows[header] ?? []).map((c) => squash(cellText(c)));
  const col = (label: string) => head.indexOf(label);
  const [rule, position, text] = [col('规则'), col('位置'), col('审核说明')];
  if (rule < 0 || position < 0 || text < 0) return out;
  for (const row of rows.slice(header + 1)) {
    const ruleId = cellText(row?.[rule]).trim();
    const ref = REF.exec(cellText(row?.[position]).trim())?.[0];
    const explanation = cellText(row?.[text]);
    if (!RULE.test(ruleId) || !ref || isBlank(explanation) || explanation.length > MAX_CELL_TEXT) continue;
    out.set(`${ruleId}@${ref}`, explanation);
  }
  return out;
}
