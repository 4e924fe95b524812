// This page's identity for the edit journal. The page holds a Web Lock named after it for as long
// as it lives; the browser releases it when the page closes or crashes, so another page can tell
// a closed page's unsaved edits (to replay) from a live page's (to leave alone).
export const PAGE_TAB =
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : String(Math.random()).slice(2);
const LOCK_PREFIX = 'softstat-page-';

/** Takes this page's lock (once, at start). */
export function holdPageLock(): void {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return;
  void navigator.locks.request(`${LOCK_PREFIX}${PAGE_TAB}`, () => new Promise<never>(() => {}));
}

/** A test of whether a page is closed. Without Web Locks every other page counts as closed. */
export async function orphanTest(): Promise<(tab: string) => boolean> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return () => true;
  const { held = [] } = await navigator.locks.query();
  const live = new Set(held.map((l) => l.name));
  return (tab) => !live.has(`${LOCK_PREFIX}${tab}`);
}
