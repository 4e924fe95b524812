import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
  vi.resetModules();
});

describe('shanghaiToday', () => {
  it('moves to the next day at midnight in Shanghai', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2021-03-20T15:59:00Z')); // 23:59 in Shanghai
    const { shanghaiToday } = await import('./today');
    const today = shanghaiToday();
    expect(today()).toBe('2021-03-20');
    vi.advanceTimersByTime(30_000);
    expect(today()).toBe('2021-03-20');
    vi.advanceTimersByTime(31_000); // 00:00:01
    expect(today()).toBe('2021-03-21');
    vi.advanceTimersByTime(86_400_000); // and the next night too
    expect(today()).toBe('2021-03-22');
    expect(shanghaiToday()).toBe(today); // one signal for the page
  });

  it('counts to midnight in Shanghai, not in UTC', async () => {
    const { msToShanghaiMidnight } = await import('./today');
    expect(msToShanghaiMidnight(Date.parse('2021-03-20T15:59:00Z'))).toBe(60_000);
    expect(msToShanghaiMidnight(Date.parse('2021-03-20T16:00:00Z'))).toBe(86_400_000);
  });
});
