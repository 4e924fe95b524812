import { afterEach, describe, expect, it } from 'vitest';
import { setLocale, t } from './index';
import { en } from './en';
import { zh } from './zh';

afterEach(() => setLocale('zh-CN'));

describe('t', () => {
  it('fills placeholders; Chinese has no plural forms', () => {
    expect(t('returns.daysLeft', { date: '2021-03-20', days: 1 })).toBe('2021-03-20 截止，还剩 1 天');
  });

  it('picks the singular in English for 1 and the plural otherwise', async () => {
    await setLocale('en');
    expect(t('returns.daysLeft', { date: '2021-03-20', days: 1 })).toBe('Due 2021-03-20, 1 day left');
    expect(t('returns.daysLeft', { date: '2021-03-20', days: 2 })).toBe('Due 2021-03-20, 2 days left');
    expect(t('returns.daysLeft', { date: '2021-03-20', days: 0 })).toBe('Due 2021-03-20, 0 days left');
    expect(t('district.intakeDone', { ok: 1, failed: 0, skipped: 2 })).toBe(
      'Took in 1 return; 0 files unusable; 2 duplicates not used.',
    );
  });

  it('uses plural forms only for a placeholder the message fills, in English only', () => {
    const names = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
    for (const [key, text] of Object.entries(en)) {
      for (const m of text.matchAll(/\{(\w+)\|/g)) expect(names(text), `${key}: ${m[1]}`).toContain(m[1]);
    }
    for (const text of Object.values(zh)) expect(text).not.toMatch(/\{\w+\|/);
  });
});
