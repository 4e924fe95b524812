// A value that follows another one task later. What is secondary to an action (in the editor the
// tabs' counts, the status badge, the save state and the help panel; the district summary's
// totals) updates right after the frame that shows the action's result, instead of lengthening
// the task that shows it.
import type { Accessor } from 'solid-js';
import { createEffect, createSignal, onCleanup } from 'solid-js';
import { inNextTask } from './nextTask';

/**
 * `source`'s value, set in the task after each change (a newer change replaces a pending one),
 * together with every other deferred value (see nextTask). Starts at `initial` until then. A
 * timer task, not Solid's createDeferred, whose scheduler would move into the chunk every page
 * loads first.
 */
export function createLater<T>(source: Accessor<T>, initial: T): Accessor<T> {
  const [value, setValue] = createSignal<T>(initial);
  let pending: { readonly next: T } | undefined;
  let live = true;
  onCleanup(() => (live = false));
  createEffect(() => {
    const queued = pending !== undefined;
    pending = { next: source() };
    if (queued) return; // the queued job takes the newest value
    inNextTask(() => {
      const p = pending;
      pending = undefined;
      if (live && p) setValue(() => p.next);
    });
  });
  return value;
}
