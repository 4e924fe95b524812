// A value that follows another one task later. What is secondary to an action (in the editor the
// tabs' counts, the status badge, the save state and the help panel; the district summary's
// totals) updates right after the frame that shows the action's result, instead of lengthening
// the task that shows it.
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
