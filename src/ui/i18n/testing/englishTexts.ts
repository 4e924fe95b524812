// Test support for the English texts of the catalog (en.rules*.ts, en.indicators.ts): the pieces
// both tests use to check that a text is really English and faithful to the Chinese.
import type { Edition, TableDef } from '../../../core';

export const CJK = /[\u4e00-\u9fff]/;
const CJK_ALL = /[\u4e00-\u9fff]+/g;
const NUMBER = /\d[\d,.]*/g;

/** Every table of an edition, annual and monthly (one id may appear in both, e.g. T1). */
export const tablesOf = (edition: Edition): readonly TableDef[] => [
  ...edition.tables.annual,
  ...edition.tables.monthly,
];

/** The indicator names of an edition, longest first so that no name is left half removed. */
export const namesOf = (edition: Edition): readonly string[] =>
  [...new Set(tablesOf(edition).flatMap((t) => t.rows.map((r) => r.name)))].sort(
    (a, b) => b.length - a.length,
  );

/** The text with the `quoted` parts taken out (what the user types or sees elsewhere, kept as is). */
export const withoutQuotes = (text: string, quoted: readonly RegExp[]): string =>
  quoted.reduce((rest, q) => rest.replace(q, ' '), text);

/** The Chinese left in a text once quoted parts, indicator names and `allowed` terms are out. */
export function leftoverCjk(
  text: string,
  names: readonly string[],
  allowed: readonly RegExp[],
  quoted: readonly RegExp[],
): string[] {
  let rest = withoutQuotes(text, quoted);
  for (const name of names) rest = rest.split(name).join(' ');
  for (const a of allowed) rest = rest.replace(a, ' ');
  return rest.match(CJK_ALL) ?? [];
}

export const numbersIn = (text: string): string[] => text.match(NUMBER) ?? [];

/** The catalog's English name as cited in a text: without "of which:" or "I." and capitalised. */
export const citedGloss = (nameEn: string): string => {
  const bare = nameEn.replace(/^of which:\s*/i, '').replace(/^[IVX]+\.\s*/, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
};
