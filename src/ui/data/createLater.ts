// A value that follows another one task later. The page's secondary figures (the tabs' finding
// counts, the district summary's totals) update right after the frame that shows what the user
// acted on, instead of lengthening the task that shows it.
import type { Accessor } from 'solid-js';
import { createEffect, createSignal, onCleanup } from 'solid-js';

/**
 * `source`'s value, set in a task of its own after each change (a newer change cancels a pending
 * one). Starts at `initial` until the first such task runs. A timer, not Solid's createDeferred,
 * whose scheduler would move into the chunk every page loads first.
 */
export function createLater<T>(source: Accessor<T>, initial: T): Accessor<T> {
  const [value, setValue] = createSignal<T>(initial);
  createEffect(() => {
    const next = source();
    const timer = setTimeout(() => setValue(() => next), 0);
    onCleanup(() => clearTimeout(timer));
  });
  return value;
}
