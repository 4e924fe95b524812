// This page's edit journal (see storage/editJournal), and replaying what closed pages left.
import type { EditJournal } from '../../storage';
import { restoreReport } from '../../core';
import { bindPageLifecycle, createEditJournal, editsToReplay, replayJournal } from '../../storage';
import { inNextTask } from './nextTask';
import { PAGE_TAB, orphanTest } from './pageTab';
import { getRepository } from './repository';

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

let journal: EditJournal | undefined;
export function getJournal(): EditJournal {
  if (!journal) {
    // Its write follows the keystroke in the same task as the page's other deferred updates.
    const created = createEditJournal(safeLocalStorage(), { tab: PAGE_TAB, schedule: inNextTask });
    // Edits journalled "soon" are written at once when the page is closed or hidden.
    bindPageLifecycle({ flush: async () => created.flush() });
    journal = created;
  }
  return journal;
}

/**
 * Saves the edits closed pages journalled but never stored: per key, those whose cell storage
 * still holds as the closed page knew it (editsToReplay); a key another page changed since keeps
 * that change. The journal entry is cleared either way.
 */
export async function replayOrphans(): Promise<number> {
  const repo = getRepository();
  return replayJournal(
    getJournal(),
    async (p) => {
      const row = (await repo.listReturns(p.enterpriseId)).find(
        (r) => r.kind === p.kind && r.period === p.period,
      );
      const restored = row ? restoreReport(row.data, { checksum: 'ignore' }) : undefined;
      const stored =
        row && restored?.ok ? { report: restored.report, updatedAt: Date.parse(row.updatedAt) } : undefined;
      const edits = editsToReplay(p, stored);
      if (edits.length > 0) await repo.saveEdits(p.enterpriseId, p.kind, p.period, edits);
    },
    await orphanTest(),
  );
}
