import { describe, expect, it } from 'vitest';
import type { Route } from './route';
import { hrefOf, parseHash } from './route';

describe('hash routes', () => {
  it('round-trips every route', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'training' },
      { name: 'district' },
      { name: 'helpRules' },
      { name: 'helpWorkflow' },
      { name: 'batch', id: 'b 1' },
      { name: 'batchItem', id: 'b1', itemId: 'i/2' },
      { name: 'enterprise', id: 'a b/c' },
      { name: 'editor', id: 'x', kind: 'annual', period: '2020' },
      { name: 'editor', id: 'x', kind: 'monthly', period: '2021-12' },
      { name: 'print', id: 'x', kind: 'annual', period: '2020' },
    ];
    for (const r of routes) expect(parseHash(hrefOf(r))).toEqual(r);
  });

  it('treats anything malformed as not found', () => {
    for (const h of [
      '#/x',
      '#/e/',
      '#/e/%E0%A4%A/r/annual/2020',
      '#/e/a/r/annual/20',
      '#/e/a/r/monthly/2021-13',
      '#/e/a/r/weekly/2021',
      '#/e/a/r/annual/2020/x',
      '#/e/a/r/annual/2020/print/x',
    ])
      expect(parseHash(h)).toEqual({ name: 'notFound' });
    expect(parseHash('')).toEqual({ name: 'home' });
  });
});
