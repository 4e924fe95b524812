// The repository: everything the app does with stored data, as one object over one database.
// The UI reads through the watch* live queries and writes through these methods; no component
// touches Dexie (architecture.md §7).
import type { Subscription } from 'dexie';
import { liveQuery } from 'dexie';
import type { Report, ReportKind } from '../core';
import { backupRepo } from './backup';
import type { BatchItemRow, BatchRow } from './batchRecords';
import { batchesRepo } from './batchesRepo';
import type { RepositoryOptions } from './context';
import { makeContext } from './context';
import { enterprisesRepo } from './enterprisesRepo';
import type { EnterpriseRecord, ReturnRow, Workspace } from './records';
import { returnsRepo } from './returnsRepo';
import { revisionsRepo } from './revisionsRepo';
import type { SoftStatDb } from './schema';
import { settingsRepo } from './settingsRepo';

export type { RepositoryOptions };

/**
 * A Dexie liveQuery observable, typed so that `subscribe({ next, error })` infers the value type
 * (Dexie's own overloads end with the callback form, which defeats inference in generic helpers).
 * It emits on subscribe and after every change to what the query read, in any tab.
 */
export interface LiveQuery<T> {
  subscribe(next: (value: T) => void): Subscription;
  subscribe(observer: {
    next?: (value: T) => void;
    error?: (error: unknown) => void;
    complete?: () => void;
  }): Subscription;
}

/** The repository over a database (see each part for its methods). */
export function createRepository(db: SoftStatDb, options: RepositoryOptions = {}) {
  const ctx = makeContext(db, options);
  const enterprises = enterprisesRepo(ctx);
  const returns = returnsRepo(ctx);
  const batches = batchesRepo(ctx);
  return {
    ...batches,
    ...enterprises,
    ...returns,
    ...revisionsRepo(ctx),
    ...backupRepo(ctx),
    ...settingsRepo(ctx),

    /** Live: the enterprises of a workspace, re-emitted after every change (this tab or another). */
    watchEnterprises(workspace: Workspace = 'main'): LiveQuery<EnterpriseRecord[]> {
      return liveQuery(() => enterprises.listEnterprises(workspace));
    },
    /** Live: one enterprise, undefined once deleted. */
    watchEnterprise(id: string): LiveQuery<EnterpriseRecord | undefined> {
      return liveQuery(() => enterprises.getEnterprise(id));
    },
    /** Live: an enterprise's stored returns (rows; restore them with core's restoreReport). */
    watchReturns(enterpriseId: string): LiveQuery<ReturnRow[]> {
      return liveQuery(() => returns.listReturns(enterpriseId));
    },
    /** Live: district mode's batches, newest first. */
    watchBatches(): LiveQuery<BatchRow[]> {
      return liveQuery(() => batches.listBatches());
    },
    /** Live: one batch (undefined once deleted). */
    watchBatch(id: string): LiveQuery<BatchRow | undefined> {
      return liveQuery(() => batches.getBatch(id));
    },
    /** Live: the items of a batch. */
    watchBatchItems(batchId: string): LiveQuery<BatchItemRow[]> {
      return liveQuery(() => batches.listItems(batchId));
    },
    /** Live: one return as a Report (undefined while it does not exist; unreadable data → error). */
    watchReturn(enterpriseId: string, kind: ReportKind, period: string): LiveQuery<Report | undefined> {
      return liveQuery(() => returns.loadReturn(enterpriseId, kind, period));
    },
  };
}

export type Repository = ReturnType<typeof createRepository>;
