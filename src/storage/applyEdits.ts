// The edits the editor sends to storage, and applying them with core's pure transitions. Storage
// applies them to the row it reads inside its transaction, so edits to different cells made in
// two tabs never overwrite each other.
import type { Report, ReportStatus } from '../core';
import { setCell, setExplanation } from '../core';

export type ReturnEdit =
  | { readonly type: 'cell'; readonly ref: string; readonly raw: string | undefined }
  | { readonly type: 'explanation'; readonly key: string; readonly text: string }
  | { readonly type: 'status'; readonly status: ReportStatus };

/** What an edit writes to: two edits with one key replace each other (the later wins). */
export function editKey(edit: ReturnEdit): string {
  switch (edit.type) {
    case 'cell':
      return `cell:${edit.ref}`;
    case 'explanation':
      return `explanation:${edit.key}`;
    case 'status':
      return 'status';
  }
}

/**
 * The report after the edits, in order (order matters: typing in a cell makes a ready return a
 * draft again). A reference the return does not define throws a RangeError, as setCell does.
 */
export function applyEdits(report: Report, edits: readonly ReturnEdit[]): Report {
  let next = report;
  for (const edit of edits) {
    if (edit.type === 'cell') next = setCell(next, edit.ref, edit.raw);
    else if (edit.type === 'explanation') next = setExplanation(next, edit.key, edit.text);
    else next = { ...next, status: edit.status };
  }
  return next;
}
