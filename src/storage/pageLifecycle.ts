// Saving before the page goes away. Browsers may freeze or discard a hidden tab without any
// further event, so `visibilitychange` to hidden is the last reliable moment; `pagehide` covers
// closing and navigating away (also where `visibilitychange` never fires, as in older Safari).
import type { Autosaver } from './autosaver';

/** What bindPageLifecycle listens on: a window, or a stand-in in tests. */
export interface PageLifecycleTarget {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
  readonly document?: { readonly visibilityState: string };
}

/**
 * Flushes the autosaver on `pagehide` and when the page becomes hidden. `visibilitychange` fires
 * on the document and bubbles to the window, so listening on the window sees both. Returns the
 * function that removes the listeners.
 */
export function bindPageLifecycle(
  autosaver: Pick<Autosaver, 'flush'>,
  target: PageLifecycleTarget = globalThis,
): () => void {
  const flush = () => void autosaver.flush(); // never rejects (failures go to onError)
  const onVisibilityChange = () => {
    if (target.document?.visibilityState === 'hidden') flush();
  };
  target.addEventListener('pagehide', flush);
  target.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    target.removeEventListener('pagehide', flush);
    target.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
