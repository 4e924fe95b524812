export { aggregateReports, aggregatedCells } from './aggregateReports';
export type { Aggregate, AggregateBy, AggregateGroup } from './aggregateReports';
