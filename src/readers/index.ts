/**
 * council-indicators/readers: monthly, quarterly or yearly rows from CSV, JSON and JSON Lines
 * text, and case records from the SSDA903 return's CSV files. Pure
 * functions on text: they run in browsers and in Node alike.
 *
 * @module
 */
export { readRows, readTable } from './table.js';
export type { ReadOptions, Table, TableFormat } from './table.js';
export { readPeriod } from './periods.js';
export type { ReadFrequency } from './periods.js';
export { jsonDuplicateKeys } from './json.js';
export type { JsonDuplicateKey, TextPosition } from './json.js';
export { detectSsda903Table, readSsda903 } from './ssda903.js';
export type { RecordSource, Ssda903File, Ssda903Files, Ssda903Records, Ssda903TableName } from './ssda903.js';
