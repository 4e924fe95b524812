// Enterprises: the list the app opens on, and deleting one with everything it owns (undoable).
import type { RepoContext } from './context';
import { msg } from '../core/message';
import { bilingualRangeError, NotFoundError } from './errors';
import type { EnterpriseRecord, ReturnRow, RevisionRow, Workspace } from './records';

export interface NewEnterprise {
  readonly name: string;
  readonly uscc: string;
  readonly workspace?: Workspace;
  readonly reviewUnit?: string;
}

/** Fields a user may change; `reviewUnit: undefined` clears it. */
export interface EnterprisePatch {
  readonly name?: string;
  readonly uscc?: string;
  readonly workspace?: Workspace;
  readonly reviewUnit?: string | undefined;
}

/** Everything deleteEnterprise removed, enough for restoreEnterprise to put it all back. */
export interface DeletedEnterprise {
  readonly enterprise: EnterpriseRecord;
  readonly returns: readonly ReturnRow[];
  readonly revisions: readonly RevisionRow[];
}

// Names sort as Chinese readers expect (pinyin order), not by code point.
const collator = new Intl.Collator('zh-CN');
const byName = (a: EnterpriseRecord, b: EnterpriseRecord) =>
  collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);

function requireName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed)
    throw bilingualRangeError(msg('企业名称不能为空。', 'The enterprise name must not be empty.'));
  return trimmed;
}

export function enterprisesRepo(ctx: RepoContext) {
  const { db } = ctx;
  const allTables = [db.enterprises, db.returns, db.revisions];

  return {
    /** The enterprises of a workspace, by name in Chinese (pinyin) order. */
    async listEnterprises(workspace: Workspace = 'main'): Promise<EnterpriseRecord[]> {
      const list = await db.enterprises.where('workspace').equals(workspace).toArray();
      return list.sort(byName);
    },

    async getEnterprise(id: string): Promise<EnterpriseRecord | undefined> {
      return db.enterprises.get(id);
    },

    async createEnterprise(input: NewEnterprise): Promise<EnterpriseRecord> {
      const at = ctx.nowIso();
      const record: EnterpriseRecord = {
        id: crypto.randomUUID(),
        workspace: input.workspace ?? 'main',
        name: requireName(input.name),
        uscc: input.uscc.trim(),
        ...(input.reviewUnit === undefined ? {} : { reviewUnit: input.reviewUnit }),
        createdAt: at,
        updatedAt: at,
      };
      await ctx.write([db.enterprises], () => db.enterprises.add(record));
      return record;
    },

    /** Changes the record (not the returns: their T1 is what the user typed there). */
    async updateEnterprise(id: string, patch: EnterprisePatch): Promise<EnterpriseRecord> {
      return ctx.write([db.enterprises], async () => {
        const current = await db.enterprises.get(id);
        if (!current)
          throw new NotFoundError(
            msg('找不到该企业，可能已被删除。', 'The enterprise cannot be found; it may have been deleted.'),
          );
        const { reviewUnit: _old, ...rest } = current;
        const reviewUnit = 'reviewUnit' in patch ? patch.reviewUnit : current.reviewUnit;
        const next: EnterpriseRecord = {
          ...rest,
          ...(patch.name === undefined ? {} : { name: requireName(patch.name) }),
          ...(patch.uscc === undefined ? {} : { uscc: patch.uscc.trim() }),
          ...(patch.workspace === undefined ? {} : { workspace: patch.workspace }),
          ...(reviewUnit === undefined ? {} : { reviewUnit }),
          updatedAt: ctx.nowIso(),
        };
        await db.enterprises.put(next);
        return next;
      });
    },

    /**
     * Deletes the enterprise, its returns and their revisions in one transaction (all or
     * nothing) and returns what it deleted, so the UI can offer 撤销 via restoreEnterprise.
     */
    async deleteEnterprise(id: string): Promise<DeletedEnterprise> {
      return ctx.write(allTables, async () => {
        const enterprise = await db.enterprises.get(id);
        if (!enterprise)
          throw new NotFoundError(
            msg('找不到该企业，可能已被删除。', 'The enterprise cannot be found; it may have been deleted.'),
          );
        const returns = await db.returns.where('enterpriseId').equals(id).toArray();
        const returnIds = returns.map((r) => r.id);
        const revisions = await db.revisions.where('returnId').anyOf(returnIds).toArray();
        await db.revisions.bulkDelete(revisions.map((r) => r.id));
        await db.returns.bulkDelete(returnIds);
        await db.enterprises.delete(id);
        return { enterprise, returns, revisions };
      });
    },

    /**
     * Puts back what deleteEnterprise removed (same ids and versions; the revisions with the same
     * content and times). Revisions take new ids: an import may have given their old ids to other
     * returns' history since, which putting them back under those ids would overwrite.
     */
    async restoreEnterprise(snapshot: DeletedEnterprise): Promise<void> {
      await ctx.write(allTables, async () => {
        await db.enterprises.put(snapshot.enterprise);
        await db.returns.bulkPut([...snapshot.returns]);
        await db.revisions.bulkAdd(snapshot.revisions.map(({ id: _id, ...r }) => r));
      });
    },
  };
}
