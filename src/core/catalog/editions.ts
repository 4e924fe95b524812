// The registry of editions. An edition id names a statistical-system edition (tables.md).
import { edition2020 } from './edition2020';
import type { Edition } from './types';

const editions: ReadonlyMap<string, Edition> = new Map([[edition2020.id, edition2020]]);

/** Ids of every edition this build knows, oldest first. */
export const editionIds: readonly string[] = [...editions.keys()];

/** The edition with this id. Throws a RangeError on an unknown id (a bug in the caller). */
export function getEdition(id: string): Edition {
  const edition = editions.get(id);
  if (!edition) throw new RangeError(`unknown edition: ${id}`);
  return edition;
}

/** The edition with this id, or undefined: for data from outside (files, storage). */
export function findEdition(id: unknown): Edition | undefined {
  return typeof id === 'string' ? editions.get(id) : undefined;
}

/** The edition that governs a period: its annual year, or a month of its monthly year. */
export function editionForPeriod(kind: 'annual' | 'monthly', period: string): Edition | undefined {
  for (const edition of editions.values()) {
    if (kind === 'annual' && period === edition.annualPeriod) return edition;
    if (kind === 'monthly' && period.slice(0, 4) === edition.monthlyYear) return edition;
  }
  return undefined;
}
