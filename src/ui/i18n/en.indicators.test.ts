// The English 口径 and provenance notes: complete, nothing extra, really English, and faithful to
// the numbers and cross-references of the Chinese.
import { describe, expect, it } from 'vitest';
import type { Edition, Indicator } from '../../core';
import { editionIds, getEdition } from '../../core';
import { enIndicators } from './en.indicators';
import { CJK, citedGloss, leftoverCjk, namesOf, numbersIn, tablesOf } from './testing/englishTexts';

/** Quoted Chinese (“…”): what the user types or sees elsewhere, kept as is. */
const QUOTED = [/“[^”]*”/g];
/** Chinese that may stay in the English texts besides indicator names and quoted text. */
const ALLOWED_CJK: readonly RegExp[] = [/万元/g, /万美元/g, /软统企\d表/g, /是/g, /否/g];

/** Rows by table id, the rows of tables sharing an id merged. */
function rowsByTable(edition: Edition): Map<string, Map<string, Indicator>> {
  const byTable = new Map<string, Map<string, Indicator>>();
  for (const table of tablesOf(edition)) {
    const rows = byTable.get(table.id) ?? new Map<string, Indicator>();
    for (const row of table.rows) rows.set(row.code, row);
    byTable.set(table.id, rows);
  }
  return byTable;
}

describe.each(editionIds)('English indicator texts of edition %s', (editionId) => {
  const edition = getEdition(editionId);
  const texts = enIndicators[editionId];
  const byTable = rowsByTable(edition);
  const names = namesOf(edition);
  const allRows = new Map<string, Indicator>();
  for (const rows of byTable.values()) for (const [code, row] of rows) allRows.set(code, row);

  it('exists', () => {
    expect(texts).toBeDefined();
  });

  const cases = tablesOf(edition).flatMap((table) =>
    table.rows.map((row) => ({ table, row, label: `${table.id} ${row.code}` })),
  );

  it.each(cases)('$label has a non-empty English help that differs from the Chinese', ({ table, row }) => {
    const help = texts?.help[table.id]?.[row.code];
    expect(help, `${table.id}.${row.code}`).toBeTypeOf('string');
    expect(help?.trim()).not.toBe('');
    expect(help).not.toBe(row.help);
  });

  it('has no help for tables or codes that do not exist', () => {
    for (const [tableId, helps] of Object.entries(texts?.help ?? {})) {
      const rows = byTable.get(tableId);
      expect(rows, `table ${tableId}`).toBeDefined();
      for (const code of Object.keys(helps)) expect(rows?.has(code), `${tableId}.${code}`).toBe(true);
    }
  });

  it('has an English provenance for every table and none for other tables', () => {
    for (const table of tablesOf(edition)) {
      const provenance = texts?.provenance[table.id];
      expect(provenance?.trim(), table.id).toBeTruthy();
      expect(provenance).not.toBe(table.provenance);
    }
    for (const tableId of Object.keys(texts?.provenance ?? {}))
      expect(byTable.has(tableId), `table ${tableId}`).toBe(true);
  });

  /** Every Chinese text with its English twin. */
  const pairs = tablesOf(edition).flatMap((table) => [
    { label: `${table.id} provenance`, zh: table.provenance, en: texts?.provenance[table.id] ?? '' },
    ...table.rows.map((row) => ({
      label: `${table.id} ${row.code}`,
      zh: row.help,
      en: texts?.help[table.id]?.[row.code] ?? '',
    })),
  ]);

  it.each(pairs)('$label has no Chinese left besides names, quotes and allowed terms', ({ en }) => {
    expect(leftoverCjk(en, names, ALLOWED_CJK, QUOTED)).toEqual([]);
  });

  it.each(pairs)('$label keeps every number of the Chinese', ({ zh, en }) => {
    for (const n of numbersIn(zh)) expect(en, `number ${n}`).toContain(n);
  });

  it.each(pairs)('$label cites indicators as 名称 (code, gloss) with the right code and gloss', ({ en }) => {
    const citation = /([\u4e00-\u9fff（）]+)”? \(([A-Z]*\d+), ([^)]+)\)/g;
    for (const [, name, code, gloss] of en.matchAll(citation)) {
      const row = allRows.get(code ?? '');
      expect(row, `code ${code}`).toBeDefined();
      expect(name).toBe(row?.name);
      expect(gloss).toBe(citedGloss(row?.nameEn ?? ''));
    }
  });

  it('is mostly English: more Latin letters than Chinese characters in every text', () => {
    for (const { label, en } of pairs) {
      const latin = en.match(/[A-Za-z]/g)?.length ?? 0;
      const chinese = en.match(new RegExp(CJK.source, 'g'))?.length ?? 0;
      expect(latin, label).toBeGreaterThan(chinese);
    }
  });
});
