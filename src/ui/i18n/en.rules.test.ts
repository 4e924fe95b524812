// The English rule texts: complete, nothing extra, really English, and faithful to the numbers and
// the indicators cited in the Chinese.
import { describe, expect, it } from 'vitest';
import type { Edition, Indicator } from '../../core';
import { editionIds, getEdition } from '../../core';
import { enRules } from './en.rules';
import { citedGloss, leftoverCjk, namesOf, numbersIn, tablesOf, withoutQuotes } from './testing/englishTexts';

/** Chinese that may stay in the English texts besides indicator names and quoted text. */
const ALLOWED_CJK: readonly RegExp[] = [/万美元/g, /万元/g, /软统企\d表/g];
/** Quoted text: what the user types or sees elsewhere, kept as is. */
const QUOTED = [/“[^”]*”/g, /‘[^’]*’/g];
/** An indicator cited in the Chinese: "营业收入（F10）", "软件业务出口（Y13，万美元）". */
const CITED_ZH = /([\u4e00-\u9fff（）]+)（([A-Z]*\d+)(?:，[^）]*)?）/g;
/** An indicator cited in the English: "营业收入 (F10, Operating revenue)", glosses may hold (…). */
const CITED_EN = /([\u4e00-\u9fff（）]+) \(([A-Z]*\d+), ((?:[^()]|\([^()]*\))+)\)/g;
const UNIT_GLOSS: Readonly<Record<string, string>> = { 万元: '10k yuan', 万美元: '10k USD' };

/** Every row of an edition by code (codes are unique across the tables of an edition). */
function rowsOf(edition: Edition): Map<string, Indicator> {
  const rows = new Map<string, Indicator>();
  for (const table of tablesOf(edition)) for (const row of table.rows) rows.set(row.code, row);
  return rows;
}

const FIELDS = ['title', 'check', 'example'] as const;

describe.each(editionIds)('English rule texts of edition %s', (editionId) => {
  const edition = getEdition(editionId);
  const texts = enRules[editionId];
  const rows = rowsOf(edition);
  const names = namesOf(edition);

  it('exists', () => {
    expect(texts).toBeDefined();
  });

  it.each(edition.rules.map((rule) => ({ rule, id: rule.id })))(
    '$id has a non-empty English title, check and example that differ from the Chinese',
    ({ rule }) => {
      const text = texts?.[rule.id];
      expect(text, rule.id).toBeDefined();
      for (const field of FIELDS) {
        expect(text?.[field].trim(), `${rule.id}.${field}`).not.toBe('');
        expect(text?.[field], `${rule.id}.${field}`).not.toBe(rule[field]);
      }
    },
  );

  it('has no texts for rules that do not exist', () => {
    const ids = new Set(edition.rules.map((rule) => rule.id));
    for (const id of Object.keys(texts ?? {})) expect(ids.has(id), id).toBe(true);
  });

  /** Every Chinese text with its English twin. */
  const pairs = edition.rules.flatMap((rule) =>
    FIELDS.map((field) => ({
      label: `${rule.id}.${field}`,
      field,
      zh: rule[field],
      en: texts?.[rule.id]?.[field] ?? '',
    })),
  );

  it.each(pairs)('$label has no Chinese left besides names, quotes and allowed terms', ({ en }) => {
    expect(leftoverCjk(en, names, ALLOWED_CJK, QUOTED)).toEqual([]);
  });

  it.each(pairs.filter((p) => p.field !== 'title'))(
    '$label keeps every number of the Chinese',
    ({ zh, en }) => {
      for (const n of numbersIn(zh)) expect(en, `number ${n}`).toContain(n);
    },
  );

  it.each(pairs)('$label cites every indicator of the Chinese as 名称 (code, gloss)', ({ zh, en }) => {
    for (const [, cited, code] of zh.matchAll(CITED_ZH)) {
      const row = rows.get(code ?? '');
      expect(row, `code ${code}`).toBeDefined();
      if (!row) continue;
      expect(cited?.endsWith(row.name), `${cited}（${code}）`).toBe(true);
      expect(en).toContain(`${row.name} (${code}, ${citedGloss(row.nameEn)})`);
    }
  });

  it.each(pairs)('$label cites indicators with the right name, code and gloss', ({ en }) => {
    for (const [, name, code, gloss] of en.matchAll(CITED_EN)) {
      const row = rows.get(code ?? '');
      expect(row, `code ${code}`).toBeDefined();
      expect(name).toBe(row?.name);
      expect(gloss).toBe(citedGloss(row?.nameEn ?? ''));
    }
  });

  it.each(pairs)('$label glosses 万元 and 万美元 at their first mention', ({ en }) => {
    const rest = withoutQuotes(en, QUOTED);
    for (const [unit, gloss] of Object.entries(UNIT_GLOSS)) {
      const at = rest.indexOf(unit);
      if (at >= 0) expect(rest.slice(at), unit).toMatch(new RegExp(`^${unit} \\(${gloss}\\)`));
    }
  });

  it('is mostly English: more Latin letters than Chinese characters in every text', () => {
    for (const { label, en } of pairs) {
      const latin = en.match(/[A-Za-z]/g)?.length ?? 0;
      const chinese = en.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
      expect(latin, label).toBeGreaterThan(chinese);
    }
  });
});
