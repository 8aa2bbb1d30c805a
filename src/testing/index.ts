/**
 * council-indicators/testing: for the test suites of downstream council
 * projects. Seeded synthetic case records, reference oracles of
 * `computeIndicator` and `deriveMonthly`, and a cell-by-cell table
 * comparison, and fast-check arbitraries of valid specs, rows and records
 * and of invalid rows. Needs fast-check 4 (an optional peer dependency of
 * the package: `npm install --save-dev fast-check`); no test runner.
 *
 * @module
 */
export { syntheticRecords } from './synthetic.js';
export type { SyntheticChild, SyntheticEpisode, SyntheticEvent, SyntheticEventType, SyntheticOptions, SyntheticRecords } from './synthetic.js';
export { referenceCompute } from './reference-compute.js';
export { referenceDerive } from './reference-derive.js';
export { compareTables } from './compare.js';
export type { CompareTablesOptions, TableCell, TableComparison, TableDifference, TableRow } from './compare.js';
export { rowsArbitrary, specArbitrary } from './arbitraries/spec.js';
export type { MeasureType, RowsArbitraryOptions, SpecArbitraryOptions } from './arbitraries/spec.js';
export { RECORD_CODES, recordsArbitrary } from './arbitraries/records.js';
export type { RecordsArbitraryOptions } from './arbitraries/records.js';
export { INVALID_ROWS_CODES, invalidRowsArbitrary } from './arbitraries/invalid.js';
export type { InvalidRows, InvalidRowsCode } from './arbitraries/invalid.js';
