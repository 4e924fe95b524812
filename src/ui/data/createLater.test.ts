import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { createLater } from './createLater';

describe('createLater', () => {
  it('follows its source one task later, the newest value only', async () => {
    vi.useFakeTimers();
    try {
      await createRoot(async (dispose) => {
        const [source, setSource] = createSignal(1);
        const later = createLater(source, 0);
        expect(later()).toBe(0);
        await vi.advanceTimersByTimeAsync(0);
        expect(later()).toBe(1);
        setSource(2);
        setSource(3); // replaces the pending 2
        expect(later()).toBe(1);
        await vi.advanceTimersByTimeAsync(0);
        expect(later()).toBe(3);
        dispose();
        setSource(4);
        await vi.advanceTimersByTimeAsync(0);
        expect(later()).toBe(3); // disposed: follows no more
      });
    } finally {
      vi.useRealTimers();
    }
  });
});
