// The home page's slice of the repository (enterprises and settings), importable without the returns side (which
// needs core's edition catalog): the app's home page paints from a small initial bundle and the
// catalog loads with the first return page.
import { liveQuery } from 'dexie';
import type { RepositoryOptions } from './context';
import { makeContext } from './context';
import { enterprisesRepo } from './enterprisesRepo';
import type { EnterpriseRecord, Workspace } from './records';
import type { LiveQuery } from './repository';
import type { SoftStatDb } from './schema';
import { settingsRepo } from './settingsRepo';

export function createEnterpriseStore(db: SoftStatDb, options: RepositoryOptions = {}) {
  const ctx = makeContext(db, options);
  const repo = enterprisesRepo(ctx);
  return {
    ...repo,
    ...settingsRepo(ctx),
    /** Live: the enterprises of a workspace, re-emitted after every change (this tab or another). */
    watchEnterprises(workspace: Workspace = 'main'): LiveQuery<EnterpriseRecord[]> {
      return liveQuery(() => repo.listEnterprises(workspace));
    },
  };
}

export type EnterpriseStore = ReturnType<typeof createEnterpriseStore>;
