import { createRoot, createSignal, createComputed } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inNextTask } from './nextTask';

describe('inNextTask', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs every job queued in this task together, in one timer task, in order', async () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const ran: string[] = [];
    inNextTask(() => ran.push('a'));
    inNextTask(() => ran.push('b'));
    inNextTask(() => ran.push('c'));
    expect(setTimeoutSpy).toHaveBeenCalledTimes(1);
    expect(ran).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(ran).toEqual(['a', 'b', 'c']);
    // A job queued after the task ran gets a task of its own.
    inNextTask(() => ran.push('d'));
    expect(setTimeoutSpy).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(ran).toEqual(['a', 'b', 'c', 'd']);
    setTimeoutSpy.mockRestore();
  });

  it('updates the page once for all of them (one Solid batch)', async () => {
    await createRoot(async (dispose) => {
      const [a, setA] = createSignal(0);
      const [b, setB] = createSignal(0);
      const seen: string[] = [];
      createComputed(() => seen.push(`${a()}-${b()}`));
      inNextTask(() => setA(1));
      inNextTask(() => setB(1));
      await vi.advanceTimersByTimeAsync(0);
      expect(seen).toEqual(['0-0', '1-1']); // never 1-0
      dispose();
    });
  });

  it('runs the other jobs when one throws, and the error is still reported', async () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    const ran: string[] = [];
    inNextTask(() => ran.push('before'));
    inNextTask(() => {
      throw new Error('boom');
    });
    inNextTask(() => ran.push('after'));
    await vi.advanceTimersByTimeAsync(0);
    expect(ran).toEqual(['before', 'after']);
    expect(reportError).toHaveBeenCalledWith(new Error('boom'));
    vi.unstubAllGlobals();
  });
});
