// What a finding is (rules.md): a value with cell references, so the UI can jump to and highlight
// them and files can carry them.
import type { Severity } from '../catalog/types';
import { glossUnits } from './messages';

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
  /** English; the same content as `message`. Indicator names stay Chinese with an English gloss. */
  messageEn?: string;
}

/**
 * Builds a finding with its key. `messageEn` is the English twin of `message`; the units marked in
 * it by `unitEn` get their English gloss on first use ("万元 (10k yuan)", then "万元").
 */
export function finding(
  ruleId: string,
  severity: Severity,
  cells: string[],
  message: string,
  messageEn: string,
): Finding {
  return {
    ruleId,
    severity,
    key: `${ruleId}@${cells[0] ?? ''}`,
    cells,
    message,
    messageEn: glossUnits(messageEn),
  };
}
