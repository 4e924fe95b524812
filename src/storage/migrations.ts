// The schema history of the database, oldest first, and the row upgrades between versions.
// Every upgrade is a pure exported function `oldRow → newRow`, unit-tested on real old rows
// (migrations.test.ts opens a database written with the frozen v1 stores and upgrades it).
//
// To change the schema: never edit a published version. Append a version with its stores (the
// previous stores plus the change) and, when rows must change shape, a pure row upgrade; then
// update schema.snapshot.json (schema.test.ts says how). The `batches` and `batchItems` tables
// planned for batch import arrive that way, as version 3.
import type { EnterpriseRecord, Workspace } from './records';

/** Dexie stores: table → "primaryKey, index, index…"; null deletes a table. */
export type Stores = Readonly<Record<string, string | null>>;

/**
 * Version 1 as first published: enterprises had no workspace and returns no [enterpriseId+kind]
 * index. FROZEN: browsers in the field hold databases of exactly this shape. NEVER EDIT.
 */
export const SCHEMA_V1: Stores = Object.freeze({
  enterprises: 'id, uscc, updatedAt',
  returns: 'id, enterpriseId, updatedAt',
  revisions: '++id, returnId, [returnId+savedAt]',
  settings: 'key',
});

/** Version 2: workspaces (main / training) and listing an enterprise's returns by kind. FROZEN. */
export const SCHEMA_V2: Stores = Object.freeze({
  enterprises: 'id, workspace, uscc, updatedAt',
  returns: 'id, enterpriseId, [enterpriseId+kind], updatedAt',
  revisions: '++id, returnId, [returnId+savedAt]',
  settings: 'key',
});

/**
 * Version 3: district mode's review batches and the returns collected into them (batchItems),
 * kept apart from the officer's own enterprises. Additive: no row changes. FROZEN.
 */
export const SCHEMA_V3: Stores = Object.freeze({
  ...SCHEMA_V2,
  batches: 'id, updatedAt',
  batchItems: 'id, batchId, [batchId+uscc]',
});

/** An enterprise row as version 1 wrote it. */
export interface EnterpriseRowV1 {
  readonly id: string;
  readonly name: string;
  readonly uscc: string;
  readonly reviewUnit?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * v1 → v2: an enterprise gets a workspace. Rows from v1 predate workspaces, so they belong to
 * 'main'; a row that already names a valid workspace keeps it (an upgrade must never move data).
 * Every other field is kept as it is.
 */
export function enterpriseV1toV2(row: EnterpriseRowV1 & { readonly workspace?: unknown }): EnterpriseRecord {
  const workspace: Workspace = row.workspace === 'training' ? 'training' : 'main';
  return { ...row, workspace };
}

/** A row upgrade of one table, applied to every row of the table when the version installs. */
export interface TableUpgrade {
  readonly table: string;
  /** Rows come from the database, so they are untyped until the upgrade function reads them. */
  readonly apply: (row: unknown) => unknown;
}

/** Binds a typed pure row upgrade to its table (the one place old rows are given a type). */
const upgradeRows = <TOld, TNew>(table: string, fn: (row: TOld) => TNew): TableUpgrade => ({
  table,
  apply: (row) => fn(row as TOld),
});

export interface SchemaVersion {
  readonly version: number;
  readonly stores: Stores;
  /** Row upgrades from the previous version to this one. */
  readonly upgrades: readonly TableUpgrade[];
}

/** Every version ever published, oldest first. Append only. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = Object.freeze([
  { version: 1, stores: SCHEMA_V1, upgrades: [] },
  { version: 2, stores: SCHEMA_V2, upgrades: [upgradeRows('enterprises', enterpriseV1toV2)] },
  { version: 3, stores: SCHEMA_V3, upgrades: [] },
]);
