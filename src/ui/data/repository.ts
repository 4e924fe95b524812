// The full repository (returns, revisions, backup): used by the return pages, which load lazily.
import type { Repository } from '../../storage';
import { createRepository } from '../../storage';
import { getDb } from './db';

let repo: Repository | undefined;

export function getRepository(): Repository {
  repo ??= createRepository(getDb());
  return repo;
}
