// Today's date in Asia/Shanghai (the survey's deadlines are Beijing time) as one signal for the
// whole page: a tab left open overnight moves to the new day at midnight, so days left, 逾期 and
// the month-not-ended check follow without a reload.
import type { Accessor } from 'solid-js';
import { createSignal } from 'solid-js';
import { todayInShanghai } from '../../core';

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Milliseconds from `now` until the next midnight in Shanghai. */
export function msToShanghaiMidnight(now: number): number {
  return DAY_MS - ((now + SHANGHAI_OFFSET_MS) % DAY_MS);
}

let today: Accessor<string> | undefined;

/** Today in Shanghai as YYYY-MM-DD, updated at midnight (and when the page is shown again). */
export function shanghaiToday(): Accessor<string> {
  if (today) return today;
  const [value, setValue] = createSignal(todayInShanghai());
  const refresh = () => setValue(todayInShanghai());
  const arm = () => {
    // A second late: a timer that fires a little early would find the old day still.
    setTimeout(
      () => {
        refresh();
        arm();
      },
      msToShanghaiMidnight(Date.now()) + 1_000,
    );
  };
  arm();
  // Timers of a sleeping laptop or a hidden tab run late: check again when the page is shown.
  globalThis.document?.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') refresh();
  });
  today = value;
  return today;
}
