// District mode's batches: create, list, delete (with their items, in one transaction), add the
// items of an intake in one transaction, replace a duplicate, record the reviewer's decision.
import type { RepoContext } from './context';
import type { BatchItemRow, BatchRow, ReviewDecision, RosterEntry } from './batchRecords';
import { batchItemRow } from './batchRecords';
import { NotFoundError } from './errors';
import { msg } from '../core/message';

export interface NewBatch {
  readonly name: string;
  readonly reviewUnit: string;
  readonly edition: string;
  readonly kind: BatchRow['kind'];
  readonly period: string;
}

/** Items per IndexedDB request when writing or reading a batch (keeps each task short). */
const CHUNK = 50;

export type NewBatchItem = Omit<BatchItemRow, 'id' | 'batchId' | 'importedAt' | 'review'>;

export function batchesRepo(ctx: RepoContext) {
  const { db } = ctx;

  const touch = async (batchId: string) => {
    const batch = await db.batches.get(batchId);
    if (!batch)
      throw new NotFoundError(
        msg(
          '找不到该审核批次，可能已被删除。',
          'The review batch cannot be found; it may have been deleted.',
        ),
      );
    await db.batches.put({ ...batch, updatedAt: ctx.nowIso() });
  };

  return {
    async listBatches(): Promise<BatchRow[]> {
      return (await db.batches.toArray()).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    },

    async getBatch(id: string): Promise<BatchRow | undefined> {
      return db.batches.get(id);
    },

    async createBatch(input: NewBatch): Promise<BatchRow> {
      const at = ctx.nowIso();
      const row: BatchRow = {
        id: crypto.randomUUID(),
        ...input,
        name: input.name.trim(),
        createdAt: at,
        updatedAt: at,
      };
      await ctx.write([db.batches], () => db.batches.add(row));
      return row;
    },

    async deleteBatch(id: string): Promise<void> {
      await ctx.write([db.batches, db.batchItems], async () => {
        await db.batchItems.where('batchId').equals(id).delete();
        await db.batches.delete(id);
      });
    },

    async setRoster(batchId: string, roster: readonly RosterEntry[]): Promise<void> {
      await ctx.write([db.batches], async () => {
        const batch = await db.batches.get(batchId);
        if (!batch)
          throw new NotFoundError(
            msg(
              '找不到该审核批次，可能已被删除。',
              'The review batch cannot be found; it may have been deleted.',
            ),
          );
        await db.batches.put({ ...batch, roster: [...roster], updatedAt: ctx.nowIso() });
      });
    },

    /**
     * The items of a batch, read in chunks: each chunk is its own request, so the browser
     * deserialises a thousand returns in several short tasks rather than one long one.
     */
    async listItems(batchId: string): Promise<BatchItemRow[]> {
      const keys = await db.batchItems.where('batchId').equals(batchId).primaryKeys();
      const items: BatchItemRow[] = [];
      for (let i = 0; i < keys.length; i += CHUNK) {
        for (const item of await db.batchItems.bulkGet(keys.slice(i, i + CHUNK))) if (item) items.push(item);
      }
      return items;
    },

    /**
     * Adds the items of one intake, replacing the items listed in `replace` (duplicates the
     * officer chose to keep newer), all in one transaction: an intake lands whole or not at all.
     */
    async addItems(
      batchId: string,
      items: readonly NewBatchItem[],
      replace: readonly string[] = [],
    ): Promise<BatchItemRow[]> {
      const at = ctx.nowIso();
      const rows: BatchItemRow[] = items.map((item) =>
        batchItemRow({
          ...item,
          id: crypto.randomUUID(),
          batchId,
          importedAt: at,
          review: { decision: 'pending', note: '' },
        }),
      );
      await ctx.write([db.batches, db.batchItems], async () => {
        await touch(batchId);
        if (replace.length > 0) await db.batchItems.bulkDelete([...replace]);
        // Still one transaction (all or nothing), but written in chunks: each await lets the page
        // run between chunks, so serialising a thousand returns is not one long main-thread task.
        for (let i = 0; i < rows.length; i += CHUNK) await db.batchItems.bulkAdd(rows.slice(i, i + CHUNK));
      });
      return rows;
    },

    async removeItem(itemId: string): Promise<void> {
      await ctx.write([db.batchItems], () => db.batchItems.delete(itemId));
    },

    async setReview(itemId: string, decision: ReviewDecision, note: string): Promise<void> {
      await ctx.write([db.batchItems], async () => {
        const item = await db.batchItems.get(itemId);
        if (!item)
          throw new NotFoundError(
            msg(
              '找不到该报表，可能已被移出批次。',
              'The return cannot be found; it may have been removed from the batch.',
            ),
          );
        await db.batchItems.put(batchItemRow({ ...item, review: { decision, note, at: ctx.nowIso() } }));
      });
    },
  };
}
