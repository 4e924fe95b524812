// The one entry point of the pure domain (core-api.md). No DOM, Solid, Dexie or SheetJS: it runs
// unchanged in Node, a Web Worker and the page.
export type * from './catalog/types';
export type { Message, StoredMessage } from './message';
export { msg, joinMessages, storedMessage } from './message';
export type { CellDef, Layout } from './catalog/layout';
export { columnLabels, layoutOf, mainColumn, refOf, tableOf } from './catalog/layout';
export { editionForPeriod, editionIds, findEdition, getEdition } from './catalog/editions';

export type { Cell, NumberProblem, Report, ReportStatus } from './report/types';
export { emptyReport } from './report/emptyReport';
export { restoreReport, MAX_CELL_CHARS } from './report/restoreReport';
export type { RestoreOptions, RestoreResult } from './report/restoreReport';
export {
  serializeReport,
  toStoredForm,
  cellsForFile,
  checksumOf,
  nowInShanghai,
  FORMAT,
  FORMAT_VERSION,
  GENERATOR,
} from './report/jsonForm';
export type { JsonForm } from './report/jsonForm';
export {
  getCell,
  setCell,
  setCells,
  setExplanation,
  cellValue,
  formattedCell,
  isComputed,
} from './report/cells';
export { isBlank, isNumericKind, readBool } from './report/cellParsing';
export { enterpriseSize } from './report/enterpriseSize';
export type { EnterpriseSize } from './report/enterpriseSize';
export { valuesOf, layoutOfReport } from './report/valuesOf';
export type { Values } from './report/valuesOf';

export { parseNumber, normaliseNumberText, DECIMALS } from './numbers/parseNumber';
export type { ParsedNumber } from './numbers/parseNumber';
export { formatGrouped, toPlainDecimal, toDisplayNumber, scaleOf } from './numbers/formatNumber';
export { verifyUscc, normaliseUscc } from './uscc/verifyUscc';
export { canonicalJson, sha256Hex } from './json/canonicalJson';

export type { Finding, Severity } from './rules/finding';
export type { ValidationContext } from './rules/context';
export { todayInShanghai } from './rules/context';
export {
  validateReport,
  isReady,
  isExplained,
  returnStatus,
  MIN_EXPLANATION_CHARS,
} from './rules/validateReport';
export type { ReturnStatus } from './rules/validateReport';
export { checkScope, closestScopeCriterion, inScope, scopeInputs } from './scope/checkScope';
export type { ClosestCriterion, ScopeCriterionResult, ScopeResult } from './scope/checkScope';
export { scopeRuleSets } from './scope/ruleSets';
export type { ScopeCriterion, ScopeRuleSetId, ScopeTerm } from './scope/ruleSets';
export {
  annualDeadline,
  cityDeadline,
  deadlineOf,
  deadlineStatus,
  isEditionMonth,
  monthEnded,
  monthlyDeadline,
  reviewUnitDeadline,
} from './calendar/deadlines';
export type { DeadlineStatus, DeadlineSubject } from './calendar/deadlines';
export { parseDate, parseMonth, shanghaiDateOf } from './calendar/dates';
export { codeSetsOf } from './catalog/codeSets';
export type { CodeSets } from './catalog/codeSets';
export {
  contextFromReturns,
  hasYtdFigures,
  previousMonthFill,
  previousMonthPeriod,
} from './rules/contextFromReturns';
export { diffReports } from './report/diffReports';
export { sameContent } from './report/sameContent';
export type { CellChange, ReportDiff } from './report/diffReports';
export { planPaste, parseClipboard, isBlockPaste } from './paste/planPaste';
export type { PastePlan, PasteSkip } from './paste/planPaste';
export { trainingSamples } from './training/trainingSamples';
export type { TrainingSample } from './training/trainingSamples';
export { aggregateReports, aggregatedCells } from './summary';
export type { Aggregate, AggregateBy, AggregateGroup } from './summary';
