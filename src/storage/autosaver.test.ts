import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReturnEdit } from './applyEdits';
import { createAutosaver } from './autosaver';

const cell = (ref: string, raw: string | undefined): ReturnEdit => ({ type: 'cell', ref, raw });

/** A save function whose calls the test completes by hand, recording overlap. */
function manualSave() {
  const calls: { edits: ReturnEdit[]; resolve: () => void; reject: (e: unknown) => void }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const save = vi.fn(
    (edits: ReturnEdit[]) =>
      new Promise<void>((resolve, reject) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        const done = (f: () => void) => () => {
          inFlight--;
          f();
        };
        calls.push({ edits, resolve: done(resolve), reject: (e) => done(() => reject(e))() });
      }),
  );
  return { save, calls, maxInFlight: () => maxInFlight };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createAutosaver', () => {
  it('saves once, delayMs after the first edit, with edits of one cell coalesced (last wins)', async () => {
    const save = vi.fn((_: ReturnEdit[]) => Promise.resolve());
    const a = createAutosaver(save, { delayMs: 250 });
    a.push(cell('T2.F01.thisYear', '1'));
    a.push(cell('T2.F02.thisYear', '2'));
    await vi.advanceTimersByTimeAsync(100);
    a.push(cell('T2.F01.thisYear', '3'));
    expect(a.pending()).toBe(2);
    await vi.advanceTimersByTimeAsync(149);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith([cell('T2.F02.thisYear', '2'), cell('T2.F01.thisYear', '3')]);
    expect(a.pending()).toBe(0);
  });

  it('keeps the order of the last pushes, so a status change stays after earlier cell edits', async () => {
    const save = vi.fn((_: ReturnEdit[]) => Promise.resolve());
    const a = createAutosaver(save);
    a.push({ type: 'status', status: 'ready' });
    a.push(cell('T2.F01.thisYear', '1'));
    a.push({ type: 'explanation', key: 'K@T2.F01.thisYear', text: 'x' });
    a.push({ type: 'status', status: 'ready' });
    await vi.advanceTimersByTimeAsync(250);
    expect(save.mock.calls[0]?.[0].map((e) => e.type)).toEqual(['cell', 'explanation', 'status']);
  });

  it('never has two saves in flight; edits made during a save go in the next one', async () => {
    const m = manualSave();
    const a = createAutosaver(m.save, { delayMs: 250 });
    a.push(cell('A', '1'));
    await vi.advanceTimersByTimeAsync(250);
    expect(m.save).toHaveBeenCalledTimes(1);
    a.push(cell('B', '2'));
    expect(a.pending()).toBe(1); // the in-flight edit is not counted
    await vi.advanceTimersByTimeAsync(1000);
    expect(m.save).toHaveBeenCalledTimes(1); // waits for the first
    m.calls[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(m.save).toHaveBeenCalledTimes(2);
    expect(m.calls[1]?.edits).toEqual([cell('B', '2')]);
    m.calls[1]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(m.maxInFlight()).toBe(1);
    expect(a.pending()).toBe(0);
  });

  it('on a failed save keeps its edits before newer ones (newer value wins) and calls onError', async () => {
    const m = manualSave();
    const onError = vi.fn();
    const a = createAutosaver(m.save, { delayMs: 250, onError });
    a.push(cell('A', '1'));
    a.push(cell('B', '1'));
    await vi.advanceTimersByTimeAsync(250);
    a.push(cell('C', '2'));
    a.push(cell('A', '2'));
    const failure = new Error('disk full');
    m.calls[0]?.reject(failure);
    await vi.advanceTimersByTimeAsync(0);
    expect(onError).toHaveBeenCalledWith(failure);
    expect(a.pending()).toBe(3);
    const flushed = a.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(m.calls[1]?.edits).toEqual([cell('B', '1'), cell('C', '2'), cell('A', '2')]);
    m.calls[1]?.resolve();
    await flushed;
    expect(a.pending()).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(m.save).toHaveBeenCalledTimes(2); // the pending timer was replaced by the flush
  });

  it('flush saves at once, waits for a save in flight, and resolves even when the save fails', async () => {
    const m = manualSave();
    const onError = vi.fn();
    const a = createAutosaver(m.save, { delayMs: 10_000, onError });
    a.push(cell('A', '1'));
    let done = false;
    const first = a.flush().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(m.save).toHaveBeenCalledTimes(1);
    expect(done).toBe(false);
    a.push(cell('B', '1'));
    const second = a.flush();
    m.calls[0]?.resolve();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(m.calls[1]?.edits).toEqual([cell('B', '1')]);
    m.calls[1]?.reject(new Error('no'));
    await expect(second).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(a.pending()).toBe(1);
  });

  it('flush with nothing queued resolves without saving', async () => {
    const save = vi.fn((_: ReturnEdit[]) => Promise.resolve());
    await createAutosaver(save).flush();
    expect(save).not.toHaveBeenCalled();
  });

  it('without onError a failure is logged, never silent', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = new Error('x');
    const a = createAutosaver(() => Promise.reject(failure));
    a.push(cell('A', '1'));
    await a.flush();
    expect(log).toHaveBeenCalledWith('autosave failed', failure);
  });

  it('dispose stops the timer and refuses later edits', async () => {
    const save = vi.fn((_: ReturnEdit[]) => Promise.resolve());
    const a = createAutosaver(save);
    a.push(cell('A', '1'));
    a.dispose();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
    expect(() => a.push(cell('B', '1'))).toThrow('disposed');
  });
});
