// The one i18n layer: every visible string of the UI comes from t(). Simplified Chinese is the
// default; the choice of language persists in localStorage (a preference, not enterprise data).
import { createSignal } from 'solid-js';
import type { MessageKey } from './zh';
import { zh } from './zh';

export type { MessageKey };
export type Locale = 'zh-CN' | 'en';

// Chinese ships with the first paint; English loads on demand (most users never switch).
const [dictionaries, setDictionaries] = createSignal<
  Partial<Record<Locale, Readonly<Record<MessageKey, string>>>>
>({
  'zh-CN': zh,
});

/** Loads a language's dictionary (a lazy chunk); resolves once t() can use it. */
export async function loadLocale(l: Locale): Promise<void> {
  if (dictionaries()[l]) return;
  // The rule and indicator texts (content.ts) load with the dictionary; they are reactive, so a
  // page already showing Chinese texts switches when they arrive.
  const [{ en }, content] = await Promise.all([import('./en'), import('./content')]);
  await content.loadEnglishContent();
  setDictionaries((d) => ({ ...d, en }));
}
const STORAGE_KEY = 'softstat.locale';

function initialLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    // Storage can be blocked (file:// in some browsers, privacy settings): fall back to Chinese.
    return 'zh-CN';
  }
}

const [locale, setLocaleSignal] = createSignal<Locale>(initialLocale());
export { locale };

export async function setLocale(next: Locale): Promise<void> {
  await loadLocale(next);
  setLocaleSignal(next);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // Not persisted; the choice still holds for this page.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

export type Params = Readonly<Record<string, string | number>>;

/**
 * The message of `key` in the current language, with `{name}` placeholders filled from `params`.
 * English needs singular and plural: `{name|day|days}` is the first word when params[name] is 1,
 * the second otherwise (Chinese has no plural and never uses it).
 */
export function t(key: MessageKey, params?: Params): string {
  const text = (dictionaries()[locale()] ?? zh)[key];
  if (!params) return text;
  return text.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      if (!(name in params)) return whole;
      if (one === undefined || other === undefined) return String(params[name]);
      return Number(params[name]) === 1 ? one : other;
    },
  );
}

/** True in English mode, where indicator names get an English gloss next to the Chinese. */
export const isEnglish = (): boolean => locale() === 'en';
