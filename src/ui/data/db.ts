// The page's one database connection. When another tab upgrades the schema, this tab's
// connection closes and the app asks the user to reload before saving again.
import { createSignal } from 'solid-js';
import type { SoftStatDb } from '../../storage/schema';
import { openDatabase } from '../../storage/openDatabase';

/** The database of this app; training and district workspaces live inside it. */
export const DB_NAME = 'softstat-precheck-v1-main';

const [upgradedElsewhere, setUpgradedElsewhere] = createSignal(false);
/** True once another tab has upgraded the database: this tab must reload before saving again. */
export { upgradedElsewhere };

let db: SoftStatDb | undefined;

export function getDb(): SoftStatDb {
  db ??= openDatabase(DB_NAME, { onVersionChange: () => setUpgradedElsewhere(true) });
  return db;
}
