// Names shown for cells and indicators: Chinese first; in English mode a gloss is added.
import type { CellDef, Indicator } from '../../core';
import type { MessageKey } from '../i18n';
import { isEnglish, t } from '../i18n';

export const columnLabel = (column: CellDef['column']): string => t(`column.${column}` as MessageKey);

/** The indicator's name as printed, with the English gloss in English mode. */
export const indicatorLabel = (indicator: Indicator): string =>
  isEnglish() ? `${indicator.label} (${indicator.nameEn})` : indicator.label;

/** The accessible name of a cell input: "资产总计 本年". */
export const cellAriaLabel = (def: CellDef): string => `${def.indicator.name} ${columnLabel(def.column)}`;
