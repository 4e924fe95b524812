// What a finding is (rules.md): a value with cell references, so the UI can jump to and highlight
// them and files can carry them.
import type { Severity } from '../catalog/types';

export type { Severity };

export interface Finding {
  /** e.g. 'T2-BALANCE' */
  ruleId: string;
  severity: Severity;
  /** Stable per occurrence: `${ruleId}@${cells[0]}`; explanations attach to it. */
  key: string;
  /** Cell references; the first is where the UI points. */
  cells: string[];
  /** Chinese; names the indicators (name + code) and values, and says what to do. */
  message: string;
}

/** Builds a finding with its key. */
export function finding(ruleId: string, severity: Severity, cells: string[], message: string): Finding {
  return { ruleId, severity, key: `${ruleId}@${cells[0] ?? ''}`, cells, message };
}
