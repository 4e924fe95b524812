// District mode's batches: create, list, delete (with their items, in one transaction), add the
// items of an intake in one transaction, replace a duplicate, record the reviewer's decision.
import type { RepoContext } from './context';
import type { BatchItemRow, BatchRow, ReviewDecision, RosterEntry } from './batchRecords';
import { batchItemRow } from './batchRecords';
import { NotFoundError } from './errors';

export interface NewBatch {
  readonly name: string;
  readonly reviewUnit: string;
  readonly edition: string;
  readonly kind: BatchRow['kind'];
  readonly period: string;
}

export type NewBatchItem = Omit<BatchItemRow, 'id' | 'batchId' | 'importedAt' | 'review'>;

export function batchesRepo(ctx: RepoContext) {
  const { db } = ctx;

  const touch = async (batchId: string) => {
    const batch = await db.batches.get(batchId);
    if (!batch) throw new NotFoundError('找不到该审核批次，可能已被删除。');
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
        if (!batch) throw new NotFoundError('找不到该审核批次，可能已被删除。');
        await db.batches.put({ ...batch, roster: [...roster], updatedAt: ctx.nowIso() });
      });
    },

    async listItems(batchId: string): Promise<BatchItemRow[]> {
      return db.batchItems.where('batchId').equals(batchId).toArray();
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
        await db.batchItems.bulkAdd(rows);
      });
      return rows;
    },

    async removeItem(itemId: string): Promise<void> {
      await ctx.write([db.batchItems], () => db.batchItems.delete(itemId));
    },

    async setReview(itemId: string, decision: ReviewDecision, note: string): Promise<void> {
      await ctx.write([db.batchItems], async () => {
        const item = await db.batchItems.get(itemId);
        if (!item) throw new NotFoundError('找不到该报表，可能已被移出批次。');
        await db.batchItems.put(batchItemRow({ ...item, review: { decision, note, at: ctx.nowIso() } }));
      });
    },
  };
}
