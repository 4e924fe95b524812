// Test helper: a Message's English says the same as its Chinese. The English must be non-empty,
// differ from the Chinese, keep every number of the Chinese, and have no Chinese characters except
// in the small explicit allowance: text in quotes (“…” or "…": values from the file or typed by
// the user, header labels) and the names the user sees in the file, which stay Chinese in English
// mode too: sheet names (表号 such as 软统企2表), indicator names and column labels.
import { expect } from 'vitest';
import { editionIds, getEdition } from '../catalog/editions';
import { columnLabels } from '../catalog/layout';
import type { Message } from '../message';

const CJK = /[\u4e00-\u9fff]/;

/** The Chinese names allowed unquoted in English messages, longest first. */
const NAMES: readonly string[] = [
  ...new Set([
    ...editionIds
      .map(getEdition)
      .flatMap((e) => [...e.tables.annual, ...e.tables.monthly])
      .flatMap((t) => [t.formNo, ...t.rows.map((i) => i.name)]),
    ...Object.values(columnLabels),
  ]),
].sort((a, b) => b.length - a.length);

/** An English text without its quoted parts and the allowed names. */
export function englishLeftover(en: string): string {
  let rest = en.replace(/“[^”]*”|"[^"]*"/g, '');
  for (const name of NAMES) rest = rest.split(name).join('');
  return rest;
}

const numbers = (text: string): string[] => text.match(/\d+(?:\.\d+)?/g) ?? [];

/** Asserts the English of each message (see the top of this file); returns how many were checked. */
export function expectBilingual(messages: readonly Message[]): number {
  for (const m of messages) {
    expect(typeof m.en, m.zh).toBe('string');
    expect(m.en.trim(), m.zh).not.toBe('');
    expect(m.en, m.zh).not.toBe(m.zh);
    expect(englishLeftover(m.en), m.en).not.toMatch(CJK);
    const inEnglish = new Set(numbers(m.en));
    for (const n of numbers(m.zh)) expect(inEnglish.has(n), `${n} missing in: ${m.en}`).toBe(true);
  }
  return messages.length;
}
