// The current route as a signal that follows the location hash.
import type { Accessor } from 'solid-js';
import { createSignal } from 'solid-js';
import type { Route } from './route';
import { hrefOf, parseHash } from './route';

const [hash, setHash] = createSignal(typeof location === 'undefined' ? '' : location.hash);
if (typeof window !== 'undefined') window.addEventListener('hashchange', () => setHash(location.hash));

export const currentRoute: Accessor<Route> = () => parseHash(hash());

/** Goes to a route (adds a history entry, so Back works). */
export function navigate(route: Route): void {
  location.hash = hrefOf(route);
}
