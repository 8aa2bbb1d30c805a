/**
 * A few hand-made case records at the edges of the derivation rules, which
 * synthetic data may not reach: a birthday on 29 February, episodes ending
 * on the 1st or starting on the last day of a month, a one-day placement, a
 * change of legal status only, a
 * placement for adoption after two years, a placement starting exactly on
 * the first day of the 12-month window, health assessment deadlines across
 * Christmas, a period closing on its deadline, a remand, an adoption
 * placement event on the last day of care, two missing incidents of one
 * child in one month. `derive.bench.ts` checks DuckDB against
 * `deriveMonthly` on these too.
 *
 * @module
 */
import type { CaseRecords } from '../../src/records/index.js';

export const EDGE_FROM = '2019-01';
export const EDGE_TO = '2022-03';

export const edgeCases: CaseRecords = {
  // Complete to the end of the range, past the latest date in them (deriveMonthly refuses months outside the records).
  coverage: { from: '2017-01', to: EDGE_TO },
  children: [
    { childId: 'leap', dateOfBirth: '2004-02-29' },
    { childId: 'stable', dateOfBirth: '2012-01-15' },
    { childId: 'moves', dateOfBirth: '2010-05-05' },
    { childId: 'iha', dateOfBirth: '2015-07-01' },
    { childId: 'remand', dateOfBirth: '2004-09-09' },
    { childId: 'adopt', dateOfBirth: '2018-11-30' },
    { childId: 'none', dateOfBirth: '2011-01-01' },
  ],
  episodes: [
    // Turns 18 on 1 March 2022 (not 28 February); in care on 30 April 2019 only (ends on 1 May), back on 30 June.
    { childId: 'leap', start: '2019-03-31', end: '2019-05-01', reasonNewEpisode: 'S', legalStatus: 'V2', placementType: 'U1', reasonEnded: 'E13' },
    { childId: 'leap', start: '2019-06-30', reasonNewEpisode: 'S', legalStatus: 'C2', placementType: 'K2' },
    // In care from 31 January 2017; legal change only in 2018; placed for adoption 31 January 2019 (stable by the placement before).
    { childId: 'stable', start: '2017-01-31', end: '2018-03-01', reasonNewEpisode: 'S', legalStatus: 'C1', placementType: 'U1' },
    { childId: 'stable', start: '2018-03-01', end: '2019-01-31', reasonNewEpisode: 'L', legalStatus: 'E1', placementType: 'U1' },
    { childId: 'stable', start: '2019-01-31', end: '2021-06-30', reasonNewEpisode: 'P', legalStatus: 'E1', placementType: 'A5', reasonEnded: 'E11' },
    // Moves: a placement starting on 1 March 2019 (the first day of the 12-month window ending 29 February 2020), one lasting a day.
    { childId: 'moves', start: '2018-06-15', end: '2019-03-01', reasonNewEpisode: 'S', legalStatus: 'C2', placementType: 'U4' },
    { childId: 'moves', start: '2019-03-01', end: '2019-09-01', reasonNewEpisode: 'P', legalStatus: 'C2', placementType: 'U6' },
    { childId: 'moves', start: '2019-09-01', end: '2019-09-02', reasonNewEpisode: 'P', legalStatus: 'C2', placementType: 'U5' },
    { childId: 'moves', start: '2019-09-02', end: '2020-02-29', reasonNewEpisode: 'T', legalStatus: 'C2', placementType: 'U1' },
    { childId: 'moves', start: '2020-02-29', end: '2020-03-01', reasonNewEpisode: 'L', legalStatus: 'C1', placementType: 'U1' },
    { childId: 'moves', start: '2020-03-01', reasonNewEpisode: 'B', legalStatus: 'C2', placementType: 'R1' },
    // Initial health assessments: a start before Christmas assessed on its deadline (22 January 2020), a period closing on its deadline (31 December 2020), one assessed the day before the start.
    { childId: 'iha', start: '2019-12-20', end: '2020-04-01', reasonNewEpisode: 'S', legalStatus: 'V2', placementType: 'U6', reasonEnded: 'E13' },
    { childId: 'iha', start: '2020-12-01', end: '2020-12-31', reasonNewEpisode: 'S', legalStatus: 'V2', placementType: 'U6', reasonEnded: 'E13' },
    { childId: 'iha', start: '2021-04-01', reasonNewEpisode: 'S', legalStatus: 'C1', placementType: 'U6' },
    // A remand: excluded from the health assessment measure.
    { childId: 'remand', start: '2020-05-04', end: '2020-07-01', reasonNewEpisode: 'S', legalStatus: 'J2', placementType: 'K2', reasonEnded: 'E8' },
    // Placed for adoption on the day care ends (an adoption order the same day).
    { childId: 'adopt', start: '2019-01-31', end: '2020-11-30', reasonNewEpisode: 'S', legalStatus: 'C1', placementType: 'U6' },
    { childId: 'adopt', start: '2020-11-30', end: '2021-02-28', reasonNewEpisode: 'B', legalStatus: 'E1', placementType: 'A6', reasonEnded: 'E12' },
  ],
  events: [
    { childId: 'iha', type: 'health-assessment-initial', date: '2020-01-22' },
    { childId: 'iha', type: 'health-assessment-initial', date: '2020-12-29' },
    { childId: 'iha', type: 'health-assessment-initial', date: '2021-03-31' },
    { childId: 'leap', type: 'dental-check', date: '2019-07-31' },
    { childId: 'leap', type: 'dental-check', date: '2020-07-31' },
    { childId: 'stable', type: 'dental-check', date: '2019-02-28' },
    // The 12 months ending 28 February 2021 start after 29 February 2020.
    { childId: 'stable', type: 'dental-check', date: '2020-02-29' },
    { childId: 'moves', type: 'missing', date: '2019-10-01' },
    { childId: 'moves', type: 'missing', date: '2019-10-31' },
    { childId: 'leap', type: 'missing', date: '2019-10-31' },
    { childId: 'adopt', type: 'placed-for-adoption', date: '2021-02-28' },
    { childId: 'stable', type: 'placed-for-adoption', date: '2019-01-31' },
  ],
};
