// Small builders that keep the edition tables readable as data: one line per row of the form.
import type { Formula, Indicator, Unit, ValueKind } from './types';

export interface RowOptions {
  nameEn: string;
  unit?: Unit;
  kind?: ValueKind;
  parent?: string;
  signed?: boolean;
  required?: boolean;
  formula?: Formula;
  gate?: 'B13' | 'B14';
  list?: Indicator['list'];
  minLength?: number;
  maxLength?: number;
  monthlyCode?: string;
  help: string;
  /** Defaults to the table's own mark. */
  reconstructed?: boolean;
}

/** Strips the form's prefixes ("其中：", "一、") to get the indicator's plain name. */
export function plainName(label: string): string {
  return label.replace(/^其中：/, '').replace(/^[一二三四五六七八九十]+、/, '');
}

/**
 * Builds the rows of one table. `level` comes from the parent chain, so indentation can never
 * disagree with the tree.
 */
export function buildRows(
  defaultUnit: Unit,
  defaultKind: ValueKind,
  reconstructed: boolean,
  rows: readonly (readonly [code: string, label: string, options: RowOptions])[],
): Indicator[] {
  const levels = new Map<string, number>();
  return rows.map(([code, label, o]) => {
    const level = o.parent === undefined ? 0 : (levels.get(o.parent) ?? 0) + 1;
    levels.set(code, level);
    const row: Indicator = {
      code,
      name: plainName(label),
      label,
      nameEn: o.nameEn,
      unit: o.unit ?? defaultUnit,
      kind: o.kind ?? defaultKind,
      level,
      signed: o.signed ?? false,
      required: o.required ?? false,
      help: o.help,
      reconstructed: o.reconstructed ?? reconstructed,
      ...(o.parent !== undefined && { parent: o.parent }),
      ...(o.formula !== undefined && { formula: o.formula }),
      ...(o.gate !== undefined && { gate: o.gate }),
      ...(o.list !== undefined && { list: o.list }),
      ...(o.minLength !== undefined && { minLength: o.minLength }),
      ...(o.maxLength !== undefined && { maxLength: o.maxLength }),
      ...(o.monthlyCode !== undefined && { monthlyCode: o.monthlyCode }),
    };
    return row;
  });
}

/** Shorthand for a sum formula. */
export const sum = (...of: string[]): Formula => ({ kind: 'sum', of });
