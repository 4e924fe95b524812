// Solid glue for storage's live queries: subscribe while the component lives, expose the latest
// value (or the error) as a signal. The source is re-created when its reactive inputs change.
import type { Accessor } from 'solid-js';
import { createEffect, createSignal, onCleanup } from 'solid-js';

/** The minimal shape of a Dexie liveQuery observable. */
export interface Subscribable<T> {
  subscribe(observer: { next: (value: T) => void; error: (error: unknown) => void }): { unsubscribe(): void };
}

export type Live<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly value: T }
  | { readonly state: 'error'; readonly error: unknown };

export function createLive<T>(source: () => Subscribable<T> | undefined): Accessor<Live<T>> {
  const [live, setLive] = createSignal<Live<T>>({ state: 'loading' });
  createEffect(() => {
    const observable = source();
    if (!observable) return;
    const subscription = observable.subscribe({
      next: (value) => setLive({ state: 'ready', value }),
      error: (error) => setLive({ state: 'error', error }),
    });
    onCleanup(() => subscription.unsubscribe());
  });
  return live;
}

/** The value when ready, else undefined. */
export const valueOf = <T>(live: Live<T>): T | undefined => (live.state === 'ready' ? live.value : undefined);
