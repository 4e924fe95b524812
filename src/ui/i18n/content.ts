// Texts that come from the catalog and the rules engine (rule texts, indicator 口径, finding
// messages, scope details, units, sizes) in the current language. Core writes them in Chinese, and
// findings carry an English twin; the other English texts load with the English dictionary.
// Indicator and table names stay Chinese in English mode, with an English gloss.
import { createSignal } from 'solid-js';
import type { EnterpriseSize, Finding, Indicator, Message, RuleDef, TableDef, Unit } from '../../core';
import type { EditionTextsEn } from './en.indicators';
import type { RuleTextEn } from './en.rules';
import { isEnglish } from './index';

interface EnglishContent {
  readonly rules: Readonly<Record<string, Readonly<Record<string, RuleTextEn>>>>;
  readonly indicators: Readonly<Record<string, EditionTextsEn>>;
}

const [english, setEnglish] = createSignal<EnglishContent>();

/** Loads the English rule and indicator texts (lazy chunks); called when English is chosen. */
export async function loadEnglishContent(): Promise<void> {
  if (english()) return;
  const [{ enRules }, { enIndicators }] = await Promise.all([
    import('./en.rules'),
    import('./en.indicators'),
  ]);
  setEnglish({ rules: enRules, indicators: enIndicators });
}

const en = (): EnglishContent | undefined => (isEnglish() ? english() : undefined);

/** A finding's message: the engine's English twin in English mode (Chinese in files from older versions). */
export const findingText = (f: Finding): string => (isEnglish() && f.messageEn ? f.messageEn : f.message);

/**
 * A message of non-UI code (a file refused, a note on an import, stored data unreadable) in the
 * current language. Plain text (a batch item stored by an older version, a text the UI already
 * built in the current language) is shown as it is.
 */
export const messageText = (m: Message | string): string =>
  typeof m === 'string' ? m : isEnglish() ? m.en : m.zh;

/** Messages as one text: joined with '；' in Chinese and '; ' in English. */
export const messagesText = (ms: readonly (Message | string)[]): string =>
  ms.map(messageText).join(isEnglish() ? '; ' : '；');

export function ruleText(
  editionId: string,
  rule: RuleDef,
): { title: string; check: string; example: string } {
  return en()?.rules[editionId]?.[rule.id] ?? rule;
}

export const indicatorHelp = (editionId: string, tableId: string, indicator: Indicator): string =>
  en()?.indicators[editionId]?.help[tableId]?.[indicator.code] ?? indicator.help;

export const tableProvenance = (editionId: string, table: TableDef): string =>
  en()?.indicators[editionId]?.provenance[table.id] ?? table.provenance;

/** "软统企2表 企业主要财务指标表", in English mode with the gloss: "… (Main financial indicators)". */
export const tableHeading = (table: TableDef): string =>
  isEnglish() ? `${table.formNo} ${table.title} (${table.titleEn})` : `${table.formNo} ${table.title}`;

/** "企业主要财务指标表", with the gloss in English mode. */
export const tableTitle = (table: TableDef): string =>
  isEnglish() ? `${table.title} (${table.titleEn})` : table.title;

/** The short title of a table's tab. */
export const tableShortTitle = (table: TableDef): string => (isEnglish() ? table.titleEn : table.title);

const UNITS_EN: Readonly<Record<Unit, string>> = {
  万元: '10k yuan',
  万美元: '10k USD',
  人: 'persons',
  件: 'items',
  '%': '%',
  '': '',
};

export const unitLabel = (unit: Unit): string => (isEnglish() ? UNITS_EN[unit] : unit);

const SIZES_EN: Readonly<Record<EnterpriseSize, string>> = {
  大型: 'large',
  中型: 'medium',
  小型: 'small',
  微型: 'micro',
};

/** 企业规模 as core names it, glossed in English mode: "中型 (medium)". */
export const sizeLabel = (size: EnterpriseSize): string =>
  isEnglish() ? `${size} (${SIZES_EN[size]})` : size;

/** A scope criterion's detail (core writes both languages). */
export const scopeDetail = (c: { detail: string; detailEn?: string }): string =>
  isEnglish() && c.detailEn ? c.detailEn : c.detail;

/** The closest unmet criterion: "（b）…；…" in Chinese, "(b) …; …" in English. */
export const scopeClosest = (c: {
  id: string;
  unmet: readonly string[];
  unmetEn?: readonly string[];
}): string =>
  isEnglish() && c.unmetEn ? `(${c.id}) ${c.unmetEn.join('; ')}` : `（${c.id}）${c.unmet.join('；')}`;

// Official names stay as issued (they are what the documents say), with a gloss in English mode.
const OFFICIAL_EN: Readonly<Record<string, string>> = {
  '软件和信息技术服务业统计调查制度（2020年统计年报和2021年定期统计报表）':
    'Statistical survey system of the software and IT services industry, 2020 annual and 2021 periodic reports',
  工业和信息化部: 'Ministry of Industry and Information Technology',
  国家统计局: 'National Bureau of Statistics',
};

export const officialName = (name: string): string =>
  isEnglish() && OFFICIAL_EN[name] ? `${name} (${OFFICIAL_EN[name]})` : name;
