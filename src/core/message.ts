// A text shown to people, in both languages the app speaks. Non-UI code (readers of files, the
// normaliser, storage) builds its messages as Messages; the UI picks the language when it shows
// them. The Chinese text is the reference wording; the English one says the same, with sheet
// names, indicator names and values from the file left as they are.
// This module imports nothing, so any module may import it without pulling in more code.

export interface Message {
  readonly zh: string;
  readonly en: string;
}

/** A message in Chinese and English. */
export const msg = (zh: string, en: string): Message => ({ zh, en });

/** A message stored by an older version as Chinese text only, or a Message. */
export type StoredMessage = Message | string;

/** A stored message as a Message (Chinese-only text stays Chinese in both languages). */
export const storedMessage = (m: StoredMessage): Message => (typeof m === 'string' ? { zh: m, en: m } : m);

/** Messages joined into one: with '；' in Chinese and '; ' in English. */
export const joinMessages = (ms: readonly Message[]): Message => ({
  zh: ms.map((m) => m.zh).join('；'),
  en: ms.map((m) => m.en).join('; '),
});
