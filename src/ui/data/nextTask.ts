// Work that follows the current task, shared: everything the page puts off until after a
// keystroke's frame (see createLater, and the edit journal's write) runs in one timer task and one
// Solid update. A timer per deferred value cost the keystroke itself a setTimeout and a
// clearTimeout each (four or five of them at every keystroke that changed a finding; profiled).
import { batch } from 'solid-js';

let queue: (() => void)[] = [];

function runQueue(): void {
  const jobs = queue;
  queue = [];
  batch(() => {
    for (const job of jobs) {
      try {
        job();
      } catch (e) {
        // One failing job must not keep the others from running; the error is still reported
        // (window's error event and the console), as an uncaught one would be.
        if (typeof globalThis.reportError === 'function') globalThis.reportError(e);
        else
          setTimeout(() => {
            throw e;
          }, 0);
      }
    }
  });
}

/** Runs `job` in the task after this one, with every other job queued before that task runs. */
export function inNextTask(job: () => void): void {
  if (queue.length === 0) setTimeout(runQueue, 0);
  queue.push(job);
}
