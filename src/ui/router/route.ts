// Hash routes, so the built files work from any static server path and from file:// (no server
// rewrites needed): #/ · #/e/<enterpriseId> · #/e/<enterpriseId>/r/<kind>/<period>.
import type { ReportKind } from '../../core';

export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'training' }
  | { readonly name: 'district' }
  | { readonly name: 'helpRules' }
  | { readonly name: 'helpWorkflow' }
  | { readonly name: 'batch'; readonly id: string }
  | { readonly name: 'batchItem'; readonly id: string; readonly itemId: string }
  | { readonly name: 'enterprise'; readonly id: string }
  | { readonly name: 'editor'; readonly id: string; readonly kind: ReportKind; readonly period: string }
  | { readonly name: 'print'; readonly id: string; readonly kind: ReportKind; readonly period: string }
  | { readonly name: 'notFound' };

const decode = (s: string): string | undefined => {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
};

/** The route of a location hash. Anything unrecognised is notFound, never an exception. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { name: 'home' };
  if (path === '/training') return { name: 'training' };
  if (path === '/district') return { name: 'district' };
  if (path === '/help/rules') return { name: 'helpRules' };
  if (path === '/help/workflow') return { name: 'helpWorkflow' };
  const batch = /^\/district\/b\/([^/]+)(?:\/i\/([^/]+))?$/.exec(path);
  if (batch) {
    const id = decode(batch[1] ?? '');
    const itemId = batch[2] === undefined ? undefined : decode(batch[2]);
    if (!id || itemId === '') return { name: 'notFound' };
    return itemId === undefined ? { name: 'batch', id } : { name: 'batchItem', id, itemId };
  }
  const parts = path.replace(/^\//, '').split('/');
  if (parts[0] !== 'e' || parts[1] === undefined) return { name: 'notFound' };
  const id = decode(parts[1]);
  if (id === undefined || id === '') return { name: 'notFound' };
  if (parts.length === 2) return { name: 'enterprise', id };
  const [, , r, kind, period, extra] = parts;
  if (parts.length < 5 || parts.length > 6 || r !== 'r' || period === undefined) return { name: 'notFound' };
  if (extra !== undefined && extra !== 'print') return { name: 'notFound' };
  const name = extra === 'print' ? 'print' : 'editor';
  if (kind === 'annual' && /^\d{4}$/.test(period)) return { name, id, kind, period };
  if (kind === 'monthly' && /^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return { name, id, kind, period };
  return { name: 'notFound' };
}

/** The hash of a route (inverse of parseHash). */
export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'home':
    case 'notFound':
      return '#/';
    case 'training':
      return '#/training';
    case 'district':
      return '#/district';
    case 'helpRules':
      return '#/help/rules';
    case 'helpWorkflow':
      return '#/help/workflow';
    case 'batch':
      return `#/district/b/${encodeURIComponent(route.id)}`;
    case 'batchItem':
      return `#/district/b/${encodeURIComponent(route.id)}/i/${encodeURIComponent(route.itemId)}`;
    case 'enterprise':
      return `#/e/${encodeURIComponent(route.id)}`;
    case 'editor':
      return `#/e/${encodeURIComponent(route.id)}/r/${route.kind}/${route.period}`;
    case 'print':
      return `#/e/${encodeURIComponent(route.id)}/r/${route.kind}/${route.period}/print`;
  }
}
