// This page's edit journal (see storage/editJournal), and replaying what closed pages left.
import type { EditJournal } from '../../storage';
import { bindPageLifecycle, createEditJournal, replayJournal } from '../../storage';
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
 * Saves the edits closed pages journalled but never stored. A return written after those edits
 * (by the closed page's own save that committed just before closing, or by another page since)
 * already holds them or something newer, so its journal entry is only cleared.
 */
export async function replayOrphans(): Promise<number> {
  const repo = getRepository();
  return replayJournal(
    getJournal(),
    async (p) => {
      const row = (await repo.listReturns(p.enterpriseId)).find(
        (r) => r.kind === p.kind && r.period === p.period,
      );
      if (row && Date.parse(row.updatedAt) >= p.at) return;
      await repo.saveEdits(p.enterpriseId, p.kind, p.period, p.edits);
    },
    await orphanTest(),
  );
}
