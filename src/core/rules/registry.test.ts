import { describe, expect, it } from 'vitest';
import { editionIds, getEdition } from '../index';
import { checks } from './registry';

describe('rule registry', () => {
  for (const id of editionIds) {
    const edition = getEdition(id);
    it(`has a check for every rule of edition ${id}`, () => {
      const missing = edition.rules.map((r) => r.id).filter((rule) => !(rule in checks));
      expect(missing).toEqual([]);
    });

    it(`has no check without a rule in edition ${id}, and rule ids are unique`, () => {
      const ids = edition.rules.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(Object.keys(checks).filter((rule) => !ids.includes(rule))).toEqual([]);
    });
  }
});
