import { describe, expect, it, vi } from 'vitest';
import { bindPageLifecycle } from './pageLifecycle';

function fakePage(visibilityState: 'visible' | 'hidden') {
  const target = new EventTarget() as EventTarget & { document: { visibilityState: string } };
  target.document = { visibilityState };
  return target;
}

describe('bindPageLifecycle', () => {
  it('flushes on pagehide and when the page becomes hidden, not when it becomes visible', () => {
    const flush = vi.fn(() => Promise.resolve());
    const page = fakePage('visible');
    bindPageLifecycle({ flush }, page);
    page.dispatchEvent(new Event('visibilitychange'));
    expect(flush).not.toHaveBeenCalled();
    page.document.visibilityState = 'hidden';
    page.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledTimes(1);
    page.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledTimes(2);
  });

  it('unbinds', () => {
    const flush = vi.fn(() => Promise.resolve());
    const page = fakePage('hidden');
    const unbind = bindPageLifecycle({ flush }, page);
    unbind();
    page.dispatchEvent(new Event('pagehide'));
    page.dispatchEvent(new Event('visibilitychange'));
    expect(flush).not.toHaveBeenCalled();
  });
});
