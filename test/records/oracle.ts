/**
 * The day arithmetic of the testing kit's `deriveMonthly` oracle
 * (`referenceDerive`, src/testing/reference-derive.ts), for the tests of
 * src/records' own calendar. The oracle itself is the kit's: import
 * `referenceDerive` from 'council-indicators/testing'.
 */
export { ageOn, birthdayOf, dateOf, dayOf, monthsBefore, shiftMonths } from '../../src/testing/days.js';
