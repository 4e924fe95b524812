// The localStorage key of the edit journal, on its own so the app shell can check for orphaned
// edits without loading the journal (and core) into the first paint.
export const JOURNAL_KEY = 'softstat.editJournal.v1';
