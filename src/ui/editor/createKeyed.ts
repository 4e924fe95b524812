// One signal per key, created when first read: a reader of key "T2.F01.thisYear" re-runs only
// when that key's value changes, however many other keys change in the same update. This is what
// keeps a keystroke's cost independent of the number of cells on the page.
import type { Accessor, Setter } from 'solid-js';
import { createSignal } from 'solid-js';

export interface Keyed<T> {
  /** Reactive read of one key. */
  get(key: string): T | undefined;
  /** Sets keys; readers of other keys are not notified. */
  set(key: string, value: T | undefined): void;
}

export function createKeyed<T>(equals: (a: T | undefined, b: T | undefined) => boolean): Keyed<T> {
  const values = new Map<string, T | undefined>();
  const signals = new Map<string, [Accessor<T | undefined>, Setter<T | undefined>]>();
  return {
    get(key) {
      let s = signals.get(key);
      if (!s) {
        const [read, write] = createSignal<T | undefined>(values.get(key), { equals });
        s = [read, write];
        signals.set(key, s);
      }
      return s[0]();
    },
    set(key, value) {
      values.set(key, value);
      signals.get(key)?.[1](() => value);
    },
  };
}
