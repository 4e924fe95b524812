// Backup and restore of everything this browser holds: for moving to another PC and for clearing
// browser storage without losing work. An import is one transaction: all of it, or nothing.
import type { Message } from '../core';
import { nowInShanghai } from '../core';
import type { BackupDump, CheckedBackup } from './backupFormat';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, checkBackup } from './backupFormat';
import type { RepoContext } from './context';
import { pruneRevisionsOf } from './writeReturn';

export type ImportMode = 'merge' | 'replace';

export type ImportResult =
  | {
      ok: true;
      /** Rows written (in 'merge', records kept because the local copy is newer are not counted). */
      counts: { enterprises: number; returns: number; revisions: number; settings: number; batches: number };
    }
  | { ok: false; problems: Message[] };

export function backupRepo(ctx: RepoContext) {
  const { db } = ctx;
  const tables = [db.enterprises, db.returns, db.revisions, db.settings, db.batches, db.batchItems];

  /** 'replace': the database becomes the backup (revision ids kept). */
  async function replaceAll(b: CheckedBackup) {
    await Promise.all(tables.map((t) => t.clear()));
    await db.enterprises.bulkAdd(b.enterprises);
    await db.returns.bulkAdd(b.returns);
    await db.revisions.bulkAdd(b.revisions);
    await db.settings.bulkAdd(b.settings);
    await db.batches.bulkAdd(b.batches);
    await db.batchItems.bulkAdd(b.batchItems);
    const { enterprises, returns, revisions, settings, batches } = b;
    return {
      enterprises: enterprises.length,
      returns: returns.length,
      revisions: revisions.length,
      settings: settings.length,
      batches: batches.length,
    };
  }

  /**
   * 'merge': per enterprise and per return the later `updatedAt` wins (a return taken from the
   * backup gets the next version here, so watchers see a change). Revisions are added as history
   * under new ids, skipping ones already here (same return and time). Local settings are kept;
   * settings missing here are added.
   */
  async function mergeAll(b: CheckedBackup) {
    const counts = { enterprises: 0, returns: 0, revisions: 0, settings: 0, batches: 0 };
    for (const e of b.enterprises) {
      const local = await db.enterprises.get(e.id);
      if (local && local.updatedAt >= e.updatedAt) continue;
      await db.enterprises.put(e);
      counts.enterprises++;
    }
    for (const r of b.returns) {
      const local = await db.returns.get(r.id);
      if (local && local.updatedAt >= r.updatedAt) continue;
      await db.returns.put(local ? { ...r, version: local.version + 1 } : r);
      counts.returns++;
    }
    const touched = new Set<string>();
    // A revision this database already had (the same return and time) is not added twice; the
    // file's own revisions are all added, even two of one instant (a return created by an import
    // writes its empty state and the import at once): compared with what was here before only.
    const here = new Set<string>();
    for (const returnId of new Set(b.revisions.map((r) => r.returnId))) {
      const savedAt = await db.revisions.where('returnId').equals(returnId).toArray();
      for (const r of savedAt) here.add(`${r.returnId}|${r.savedAt}`);
    }
    for (const { id: _id, ...r } of b.revisions) {
      if (here.has(`${r.returnId}|${r.savedAt}`)) continue;
      await db.revisions.add(r);
      touched.add(r.returnId);
      counts.revisions++;
    }
    for (const returnId of touched) await pruneRevisionsOf(ctx, returnId);
    for (const s of b.settings) {
      if ((await db.settings.get(s.key)) !== undefined) continue;
      await db.settings.add(s);
      counts.settings++;
    }
    // Batches: one that is not here comes with its items; one that is here stays as it is.
    for (const batch of b.batches) {
      if ((await db.batches.get(batch.id)) !== undefined) continue;
      await db.batches.add(batch);
      await db.batchItems.bulkAdd(b.batchItems.filter((i) => i.batchId === batch.id));
      counts.batches++;
    }
    return counts;
  }

  return {
    /** Every table as one JSON-able object (a consistent snapshot: one read transaction). */
    async exportAll(): Promise<BackupDump> {
      return db.transaction('r', tables, async () => ({
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        exportedAt: nowInShanghai(ctx.now()),
        enterprises: await db.enterprises.toArray(),
        returns: await db.returns.toArray(),
        revisions: await db.revisions.toArray(),
        settings: await db.settings.toArray(),
        batches: await db.batches.toArray(),
        batchItems: await db.batchItems.toArray(),
      }));
    },

    /**
     * Imports a parsed backup file. Everything is checked first; anything invalid writes nothing
     * and returns the problems (Messages). A full disk throws StorageFullError (also nothing written).
     */
    async importAll(dump: unknown, mode: ImportMode): Promise<ImportResult> {
      const checked = checkBackup(dump);
      if (!checked.ok) return checked;
      const counts = await ctx.write(tables, () =>
        mode === 'replace' ? replaceAll(checked.backup) : mergeAll(checked.backup),
      );
      return { ok: true, counts };
    },
  };
}
