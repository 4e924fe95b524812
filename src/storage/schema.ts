// The Dexie database of the app: its tables and the versions that built them (migrations.ts).
// This folder is the only one that imports Dexie (eslint.config.js); the rest of the app talks to
// the repository.
import type { DexieOptions, EntityTable, Table } from 'dexie';
import { Dexie } from 'dexie';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_VERSIONS } from './migrations';
import type { Stores } from './migrations';
import type { BatchItemRow, BatchRow } from './batchRecords';
import type { EnterpriseRecord, ReturnRow, RevisionRow, SettingRow } from './records';

export { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 };

/** The stores of the current version. */
export const SCHEMA: Stores = SCHEMA_V3;

/** The current Dexie version number (the last of SCHEMA_VERSIONS). */
export const CURRENT_SCHEMA_VERSION = 3;

/** The database name the app uses when none is given. */
export const DEFAULT_DB_NAME = 'softstat-precheck-v1-main';

export class SoftStatDb extends Dexie {
  // `declare`: Dexie defines these in version().stores(); a class field would overwrite them.
  declare enterprises: Table<EnterpriseRecord, string>;
  declare returns: Table<ReturnRow, string>;
  declare revisions: EntityTable<RevisionRow, 'id'>;
  declare settings: Table<SettingRow, string>;
  declare batches: Table<BatchRow, string>;
  declare batchItems: Table<BatchItemRow, string>;

  constructor(name: string = DEFAULT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrades.length === 0) continue;
      version.upgrade(async (tx) => {
        for (const u of v.upgrades) {
          await tx
            .table(u.table)
            .toCollection()
            .modify((row: unknown, ctx: { value: unknown }) => {
              ctx.value = u.apply(row);
            });
        }
      });
    }
  }
}
