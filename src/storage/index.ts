// The one entry point of storage (the only folder that imports Dexie). The UI opens the database,
// creates the repository, reads through its watch* live queries and writes through its methods.
export { openDatabase } from './openDatabase';
export type { OpenDatabaseOptions } from './openDatabase';
export {
  SoftStatDb,
  SCHEMA,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  CURRENT_SCHEMA_VERSION,
  DEFAULT_DB_NAME,
} from './schema';
export { SCHEMA_VERSIONS, enterpriseV1toV2 } from './migrations';
export type { EnterpriseRowV1, SchemaVersion, Stores, TableUpgrade } from './migrations';

export { createRepository } from './repository';
export type { LiveQuery, Repository, RepositoryOptions } from './repository';
export type { DeletedEnterprise, EnterprisePatch, NewEnterprise } from './enterprisesRepo';
export type { ImportMode, ImportResult } from './backup';
export { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backupFormat';
export type { BackupDump } from './backupFormat';
export { returnIdOf, WORKSPACES, REVISION_REASONS } from './records';
export type {
  EnterpriseRecord,
  NewRevision,
  ReturnRow,
  RevisionReason,
  RevisionRow,
  SettingRow,
  Workspace,
} from './records';
export { KEEP_LATEST_REVISIONS, revisionsToPrune } from './pruneRevisions';

export { StorageFullError, StoredDataError, NotFoundError, isQuotaError } from './errors';

export type { ReturnEdit } from './applyEdits';
export { applyEdits, editKey } from './applyEdits';
export { createAutosaver } from './autosaver';
export type { Autosaver, AutosaverOptions } from './autosaver';
export { bindPageLifecycle } from './pageLifecycle';
export type { PageLifecycleTarget } from './pageLifecycle';
export { createEditJournal, replayJournal, seenValue, JOURNAL_KEY } from './editJournal';
export type { EditJournal, KeyValueStorage, PendingReturnEdits, SeenValue } from './editJournal';
export { editsToReplay } from './replayDecision';
export type { BatchItemRow, BatchRow, ReviewDecision, RosterEntry } from './batchRecords';
export type { NewBatch, NewBatchItem } from './batchesRepo';
