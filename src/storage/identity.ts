// The enterprise's identity inside its returns: 统一社会信用代码 (T1 B01) and 单位详细名称 (T1 B03).
// A new return starts with them filled from the enterprise record, and the annual return is
// where the user corrects them, so its values flow back to the record.
import type { Report } from '../core';
import { getEdition, layoutOf, mainColumn, refOf, setCell, tableOf } from '../core';

export interface Identity {
  readonly uscc?: string;
  readonly name?: string;
}

interface IdentityRefs {
  readonly uscc?: string;
  readonly name?: string;
}

/** The references of B01 and B03 in this kind of return, only those its layout defines. */
export function identityRefs(report: Pick<Report, 'edition' | 'kind'>): IdentityRefs {
  const layout = layoutOf(getEdition(report.edition), report.kind);
  const t1 = tableOf(layout, 'T1');
  if (!t1) return {};
  const column = mainColumn(t1);
  const existing = (code: string): string | undefined => {
    const ref = refOf('T1', code, column);
    return layout.byRef.has(ref) ? ref : undefined;
  };
  const uscc = existing('B01');
  const name = existing('B03');
  return { ...(uscc === undefined ? {} : { uscc }), ...(name === undefined ? {} : { name }) };
}

/** The report with B01/B03 set from the identity; blank parts and missing cells are left alone. */
export function withIdentity(report: Report, identity: Identity): Report {
  const refs = identityRefs(report);
  let next = report;
  if (refs.uscc !== undefined && identity.uscc?.trim()) next = setCell(next, refs.uscc, identity.uscc.trim());
  if (refs.name !== undefined && identity.name?.trim()) next = setCell(next, refs.name, identity.name.trim());
  return next;
}

/** B01/B03 of a report, trimmed; blank ones are absent (a blank cell never blanks a record). */
export function identityOf(report: Report): Identity {
  const refs = identityRefs(report);
  const text = (ref: string | undefined) => (ref === undefined ? '' : (report.cells[ref]?.raw.trim() ?? ''));
  const uscc = text(refs.uscc);
  const name = text(refs.name);
  return { ...(uscc ? { uscc } : {}), ...(name ? { name } : {}) };
}
