// A user-facing text for anything thrown: our own errors carry Chinese messages already, and those
// the UI shows carry their English twin in `messageEn` (storage errors, see storage/errors.ts).
import type { Message } from '../../core';
import { isEnglish } from '../i18n';

/** The English twin of an error's message, when it has one. */
const messageEnOf = (error: Error): string | undefined => {
  const en = (error as { messageEn?: unknown }).messageEn;
  return typeof en === 'string' && en !== '' ? en : undefined;
};

export function errorText(error: unknown): string {
  if (error instanceof Error) return (isEnglish() && messageEnOf(error)) || error.message;
  return String(error);
}

/** Anything thrown as a Message, for lists of problems shown with messageText. */
export function errorMessage(error: unknown): Message {
  if (error instanceof Error) return { zh: error.message, en: messageEnOf(error) ?? error.message };
  return { zh: String(error), en: String(error) };
}
