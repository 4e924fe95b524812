import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime, shanghaiDateStamp } from './format';
import { setLocale } from './i18n';

afterEach(() => setLocale('zh-CN'));

describe('formatDateTime', () => {
  it('shows Shanghai time in Chinese, midnight as 00', () => {
    expect(formatDateTime('2021-03-20T16:05:00Z')).toBe('2021/03/21 00:05');
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });

  it('shows midnight as 00 in English too, never 24', async () => {
    await setLocale('en');
    const text = formatDateTime('2021-03-20T16:05:00Z');
    expect(text).toContain('00:05');
    expect(text).not.toContain('24:');
    expect(text).toContain('03/21/2021');
  });
});

describe('shanghaiDateStamp', () => {
  it('is the day in Shanghai, not in UTC', () => {
    // 01:30 on the 21st in Shanghai is still the 20th in UTC.
    expect(shanghaiDateStamp(new Date('2021-03-20T17:30:00Z'))).toBe('20210321');
    expect(shanghaiDateStamp(new Date('2021-03-20T15:59:00Z'))).toBe('20210320');
    expect(shanghaiDateStamp(new Date('2024-02-28T16:00:00Z'))).toBe('20240229');
  });
});
