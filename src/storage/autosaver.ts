// Saving as the user types without a save button: edits collect for a moment, then go to storage
// in one batch. Saves never overlap (the next waits for the one in flight), and a failed save
// loses nothing: its edits go back in front of the newer ones for the next attempt. Knows nothing
// of the page; bindPageLifecycle (pageLifecycle.ts) flushes it when the page is hidden.
import type { ReturnEdit } from './applyEdits';
import { editKey } from './applyEdits';

export interface AutosaverOptions {
  /** How long after the first unsaved edit a save starts (ms). Typing on does not postpone it. */
  readonly delayMs?: number;
  /** Called with the error of every failed save. Without it, errors go to console.error. */
  readonly onError?: (error: unknown) => void;
}

export interface Autosaver {
  /** Queues an edit; it replaces a queued edit of the same cell, explanation or status. */
  push(edit: ReturnEdit): void;
  /**
   * Saves what is queued now (after the save in flight, if any) and resolves when done. Never
   * rejects: a failure goes to onError and its edits stay queued (pending() > 0).
   */
  flush(): Promise<void>;
  /** Edits waiting for a save, not counting those of the save in flight. */
  pending(): number;
  /** Stops the timer; a save in flight still completes. Pushing afterwards is a bug and throws. */
  dispose(): void;
}

export function createAutosaver(
  save: (edits: ReturnEdit[]) => Promise<void>,
  { delayMs = 250, onError = (e: unknown) => console.error('autosave failed', e) }: AutosaverOptions = {},
): Autosaver {
  // Insertion order is save order. A re-pushed key moves to the end: a later status change must
  // still come after the cell edits pushed before it (typing makes a return a draft again).
  let queue = new Map<string, ReturnEdit>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  let disposed = false;

  async function saveQueued(): Promise<void> {
    if (queue.size === 0) return;
    const batch = queue;
    queue = new Map();
    try {
      await save([...batch.values()]);
    } catch (e) {
      // The failed edits go back before the ones pushed meanwhile; a newer edit of a key wins.
      const merged = new Map(batch);
      for (const [key, edit] of queue) {
        merged.delete(key);
        merged.set(key, edit);
      }
      queue = merged;
      onError(e);
    }
  }

  /** Runs a save after every save already started: at most one is ever in flight. */
  function enqueueSave(): Promise<void> {
    const run = chain.then(saveQueued);
    chain = run.catch(() => undefined); // only a throwing onError gets here; keep the chain alive
    return run;
  }

  function cancelTimer() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  return {
    push(edit) {
      if (disposed) throw new Error('autosaver is disposed: this edit cannot be saved');
      const key = editKey(edit);
      queue.delete(key);
      queue.set(key, edit);
      timer ??= setTimeout(() => {
        timer = undefined;
        void enqueueSave();
      }, delayMs);
    },
    flush() {
      cancelTimer();
      return enqueueSave();
    },
    pending: () => queue.size,
    dispose() {
      disposed = true;
      cancelTimer();
    },
  };
}
