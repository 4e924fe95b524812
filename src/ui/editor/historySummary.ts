// What each saved version of a return changed from the one before it, in a line for 历史版本.
import type { Layout } from '../../core';
import { diffReports, restoreReport } from '../../core';
import type { RevisionRow } from '../../storage';
import { t } from '../i18n';
import { cellAriaLabel } from './labels';

export interface Entry {
  readonly revision: RevisionRow;
  readonly summary: string;
}

/** Each revision with what changed from the one before it (rows newest first). */
export function summarise(rows: readonly RevisionRow[], layout: Layout): Entry[] {
  return rows.map((revision, i) => {
    const older = rows[i + 1];
    const now = restoreReport(revision.data, { checksum: 'ignore' });
    const before = older ? restoreReport(older.data, { checksum: 'ignore' }) : undefined;
    if (!now.ok) return { revision, summary: t('history.unreadable') };
    if (!before?.ok)
      return { revision, summary: t('history.first', { count: Object.keys(now.report.cells).length }) };
    const d = diffReports(before.report, now.report);
    const names = d.cells.slice(0, 3).map((c) => {
      const def = layout.byRef.get(c.ref);
      return `${def ? cellAriaLabel(def) : c.ref}${t('punct.colon')}${c.before ?? '—'} → ${c.after ?? '—'}`;
    });
    // The first three changed cells by name, then the total number of changed cells.
    const more = d.cells.length > 3 ? t('history.more', { count: d.cells.length }) : '';
    const parts = names.length > 0 ? [names.join(t('punct.listSep')) + more] : [];
    if (d.explanations.length > 0) parts.push(t('history.explanations', { count: d.explanations.length }));
    return { revision, summary: parts.length > 0 ? parts.join(t('punct.listSep')) : t('history.noChange') };
  });
}
