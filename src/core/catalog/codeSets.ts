// Lookup structures over an edition's code lists, built once per edition (WeakMap), so identity
// rules and the scope test never scan a list per call.
import type { CodeItem, Edition, IndustryClass, ReviewUnit } from './types';

export interface CodeSets {
  readonly regions: ReadonlyMap<string, CodeItem>;
  readonly reviewUnits: ReadonlyMap<string, ReviewUnit>;
  readonly registrationTypes: ReadonlyMap<string, CodeItem>;
  readonly controlTypes: ReadonlyMap<string, CodeItem>;
  readonly industries: ReadonlyMap<string, IndustryClass>;
}

const cache = new WeakMap<Edition, CodeSets>();

const byCode = <T extends { code: string }>(items: readonly T[]): ReadonlyMap<string, T> =>
  new Map(items.map((i) => [i.code, i]));

/** The code lists of an edition as maps by code (review units by id). Cached per edition. */
export function codeSetsOf(edition: Edition): CodeSets {
  const known = cache.get(edition);
  if (known) return known;
  const sets: CodeSets = {
    regions: byCode(edition.lists.regions),
    reviewUnits: new Map(edition.lists.reviewUnits.map((u) => [u.id, u])),
    registrationTypes: byCode(edition.lists.registrationTypes),
    controlTypes: byCode(edition.lists.controlTypes),
    industries: byCode(edition.lists.industries),
  };
  cache.set(edition, sets);
  return sets;
}
