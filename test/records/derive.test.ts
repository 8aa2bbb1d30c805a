/**
 * deriveMonthly on a hand-built data set whose every number is worked out
 * below, its errors, and its independence from the process time zone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isIndicatorError } from 'council-indicators';
import { addWorkingDays, deriveMonthly } from 'council-indicators/records';
import type { CaseRecords, DeriveOptions, EpisodeRecord, RecordMeasure } from 'council-indicators/records';
import { referenceDerive } from 'council-indicators/testing';
import { indicatorErrorOf } from '../helpers.js';

// ---------------------------------------------------------------------------
// The golden data set: seven children, reported January to June 2017
// (month ends 31 Jan, 28 Feb, 31 Mar, 30 Apr, 31 May, 30 Jun; 2017 is a
// common year).
//
// A  born 2008-05-10 (8), girl. Adjacent episodes, one period of care
//    2014-03-15 to 2017-05-12, ending in adoption (E11):
//      A1 2014-03-15..2014-09-01 S C2 U1
//      A2 2014-09-01..2016-11-20 P C2 U4
//      A3 2016-11-20..2017-05-12 P E1 A4 (placed for adoption), ended E11
//    Events: MATCH 2016-11-01, AO (adoption order) 2017-05-12, the day care ended.
//    In care at the month ends of Jan to Apr (the last day in care is 11 May).
// B  born 2003-07-20 (13), boy. A short stay, a gap, and a readmission on remand:
//      B1 2017-01-05..2017-01-25 S V2 U1, ended E13 (20 days)
//      B2 2017-02-10..2017-03-06 S J1 R1 (remand: a new period, the gap is 25 Jan to 9 Feb)
//      B3 2017-03-06..open       L C2 R1 (legal status change only, same placement)
//    Events: MISS 2017-02-25, HA 2017-03-01.
//    In care at the month ends of Feb to Jun (not 31 Jan).
// C  born 2000-02-29, girl. 16 on 2016-02-29; 17 on 2017-03-01 (common year):
//      C1 2015-08-01..open S C2 U1
//    Events: MISS 2017-01-28.
// D  born 2001-03-31, boy. 16 on 2017-03-31, a month end:
//      D1 2013-01-05..open S C2 U3 (one placement for four years)
// E  born 1999-04-14, boy. 18 on 2017-04-14, the day care ends:
//      E1 2015-10-01..2016-10-01 S C2 U1
//      E2 2016-10-01..2017-04-14 P C2 U2, ended E8
//    In care at the month ends of Jan to Mar.
// F  born 2006-09-09 (10), girl. Several placements:
//      F1 2016-04-04..2016-05-01 S C1 U1
//      F2 2016-05-01..2016-10-03 P C1 U2
//      F3 2016-10-03..2017-01-20 L C2 U2 (legal status only)
//      F4 2017-01-20..open       P C2 U3
//    Events: MISS 2017-02-03, 2017-02-20, 2017-03-05.
// G  born 2015-11-30 (1), boy. Admitted 2017-03-20 (a Monday):
//      G1 2017-03-20..open S C2 U1
//    Events: HA 2017-04-19.
// ---------------------------------------------------------------------------

const records: CaseRecords = {
  // Complete for these months: the range derived goes past the last date (AO, 2017-05-12).
  coverage: { from: '2013-01', to: '2017-06' },
  children: [
    { childId: 'A', dateOfBirth: '2008-05-10', gender: '2' },
    { childId: 'B', dateOfBirth: '2003-07-20', gender: '1' },
    { childId: 'C', dateOfBirth: '2000-02-29', gender: '2' },
    { childId: 'D', dateOfBirth: '2001-03-31', gender: '1' },
    { childId: 'E', dateOfBirth: '1999-04-14', gender: '1' },
    { childId: 'F', dateOfBirth: '2006-09-09', gender: '2' },
    { childId: 'G', dateOfBirth: '2015-11-30', gender: '1' },
  ],
  episodes: [
    { childId: 'A', start: '2014-03-15', end: '2014-09-01', reasonNewEpisode: 'S', legalStatus: 'C2', placementType: 'U1' },
    { childId: 'A', start: '2014-09-01', end: '2016-11-20', reasonNewEpisode: 'P', legalStatus: 'C2', placementType: 'U4' },
    { childId: 'A', start: '2016-11-20', end: '2017-05-12', reasonNewEpisode: 'P', legalStatus: 'E1', placementType: 'A4', reasonEnded: 'E11' },
    { childId: 'B', start: '2017-01-05', end: '2017-01-25', reasonNewEpisode: 'S', legalStatus: 'V2', placementType: 'U1', reasonEnded: 'E13' },
    { childId: 'B', start: '2017-02-10', end: '2017-03-06', reasonNewEpisode: 'S', legalStatus: 'J1', placementType: 'R1' },
    { childId: 'B', start: '2017-03-06', end: null, reasonNewEpisode: 'L', legalStatus: 'C2', placementType: 'R1' },
    { childId: 'C', start: '2015-08-01', reasonNewEpisode: 'S', legalStatus: 'C2', placementType: 'U1' },
    { childId: 'D', start: '2013-01-05', reasonNewEpisode: 'S', legalStatus: 'C2', placementType: 'U3' },
    { childId: 'E', start: '2015-10-01', end: '2016-10-01', reasonNewEpisode: 'S', legalStatus: 'C2', placementType: 'U1' },
    { childId: 'E', start: '2016-10-01', end: '2017-04-14', reasonNewEpisode: 'P', legalStatus: 'C2', placementType: 'U2', reasonEnded: 'E8' },
    { childId: 'F', start: '2016-04-04', end: '2016-05-01', reasonNewEpisode: 'S', legalStatus: 'C1', placementType: 'U1' },
    { childId: 'F', start: '2016-05-01', end: '2016-10-03', reasonNewEpisode: 'P', legalStatus: 'C1', placementType: 'U2' },
    { childId: 'F', start: '2016-10-03', end: '2017-01-20', reasonNewEpisode: 'L', legalStatus: 'C2', placementType: 'U2' },
    { childId: 'F', start: '2017-01-20', reasonNewEpisode: 'P', legalStatus: 'C2', placementType: 'U3' },
    { childId: 'G', start: '2017-03-20', reasonNewEpisode: 'S', legalStatus: 'C2', placementType: 'U1' },
  ],
  events: [
    { childId: 'A', type: 'MATCH', date: '2016-11-01' },
    { childId: 'A', type: 'AO', date: '2017-05-12' },
    { childId: 'B', type: 'MISS', date: '2017-02-25' },
    { childId: 'B', type: 'HA', date: '2017-03-01' },
    { childId: 'C', type: 'MISS', date: '2017-01-28' },
    { childId: 'F', type: 'MISS', date: '2017-02-03' },
    { childId: 'F', type: 'MISS', date: '2017-02-20' },
    { childId: 'F', type: 'MISS', date: '2017-03-05' },
    { childId: 'G', type: 'HA', date: '2017-04-19' },
  ],
};

const measures: Record<string, RecordMeasure> = {
  // In care at the month end.
  //   A: Jan-Apr. B: Feb-Jun. C, D, F: all. E: Jan-Mar. G: Mar-Jun.
  //   Jan A C D E F = 5; Feb +B = 6; Mar +G = 7; Apr -E = 6; May -A = 5; Jun 5.
  inCare: { type: 'in-care' },

  // Aged 17 or over at the month end. E is 17 from Jan to Mar (18 on 14 Apr, when care ends).
  // C (29 Feb birthday) is still 16 on 28 Feb 2017 and 17 from 1 Mar. D is 15, then 16 on 31 Mar.
  //   Jan E = 1; Feb E = 1; Mar C E = 2; Apr C = 1; May C = 1; Jun C = 1.
  seventeenPlus: { type: 'in-care', filter: { ageAtLeast: 17 } },

  // Boys under 16: B (13) from Feb, D until Feb (16 on 31 Mar itself), G (1) from Mar; E is 17.
  //   Jan D = 1; Feb B D = 2; Mar B G = 2; Apr B G = 2; May 2; Jun 2.
  boysUnder16: { type: 'in-care', filter: { ageBelow: 16, child: { gender: ['1'] } } },

  // In care (this period) for 18 months: start + 18 months <= month end.
  //   A (2014) and D (2013) always; C from 2017-02-01 (so Feb on); E only from 2017-04-01,
  //   one day after the 31 Mar month end, and E leaves on 14 Apr.
  //   Jan A D = 2; Feb A C D = 3; Mar 3; Apr 3; May C D = 2; Jun 2.
  inCare18Months: { type: 'in-care', filter: { inCareAtLeast: { months: 18 } } },

  // The open episode's legal status is C2 (care order).
  //   A's open episode is E1 (A3); B's is J1 on 28 Feb (B2) and C2 from Mar (B3).
  //   Jan C D E F = 4; Feb 4; Mar B C D E F G = 6; Apr B C D F G = 5; May 5; Jun 5.
  careOrders: { type: 'in-care', filter: { episode: { legalStatus: ['C2'] } } },

  // A missing episode in the month up to the month end: after the same date a month earlier.
  //   Jan (31 Dec, 31 Jan]: C (28 Jan) = 1.
  //   Feb (28 Jan, 28 Feb]: C's 28 Jan is out (not after 28 Jan); B (25 Feb), F (3, 20 Feb) = 2.
  //   Mar (28 Feb, 31 Mar]: F (5 Mar) = 1. Apr to Jun: 0.
  recentlyMissing: { type: 'in-care', filter: { hadEvent: { type: 'MISS', withinMonths: 1 } } },

  // Periods of care starting in the month: B1 (5 Jan), B2 (10 Feb; a readmission after a gap
  // is a new period), G (20 Mar). B3 and F4 continue periods (adjacent).
  //   Jan 1; Feb 1; Mar 1; Apr 0; May 0; Jun 0.
  started: { type: 'started' },
  // Started on remand: B2 (J1) only.
  remandAdmissions: { type: 'started', filter: { episode: { legalStatus: ['J1'] } } },
  // Started aged under 2: G (1 on 20 Mar).
  babyAdmissions: { type: 'started', filter: { ageBelow: 2 } },

  // Periods of care ending in the month: B1 (25 Jan, E13), E (14 Apr, E8), A (12 May, E11).
  //   Jan 1; Feb 0; Mar 0; Apr 1; May 1; Jun 0.
  ended: { type: 'ended' },
  // Adoptions (E11, E12): A in May.
  adoptions: { type: 'ended', reasons: ['E11', 'E12'] },

  // Placements in the 12 months to the month end, from W = (month end - 12 months) + 1 day:
  // 1 if in care on W, plus placement starts in (W, month end]. Placement starts: the first
  // episode of each period, and episodes with reason S/P/T/U/B (not L).
  //   A: starts 2014-03-15, 2014-09-01, 2016-11-20; in care on every W (W = 1 Feb 2016,
  //      29 Feb 2016, 1 Apr 2016, 1 May 2016) + 20 Nov 2016 = 2 in Jan-Apr.
  //   B: starts 5 Jan 2017, 10 Feb 2017 (B3 is L); never in care on W = 2 from Feb.
  //   C, D, G: one placement each.
  //   E: starts 2015-10-01, 2016-10-01: in care on W + 1 Oct 2016 = 2 in Jan-Mar.
  //   F: starts 2016-04-04, 2016-05-01, 2017-01-20 (F3 is L).
  //      Jan (W 1 Feb 2016): not in care on W, 3 starts = 3; Feb (W 29 Feb 2016) 3;
  //      Mar (W 1 Apr 2016) 3; Apr (W 1 May 2016, the day F2 started): in care on W = 1,
  //      + 20 Jan 2017 = 2; May (W 1 Jun) 2; Jun (W 1 Jul) 2.
  //   At least 2: Jan A E F = 3; Feb A B E F = 4; Mar A B E F = 4; Apr A B F = 3; May B F = 2; Jun B F = 2.
  placements2: { type: 'placements', atLeast: 2 },
  //   At least 3: F in Jan, Feb, Mar.
  placements3: { type: 'placements', atLeast: 3 },
  // Counting L as a placement change too: F gains 3 Oct 2016 (Jan-Mar 4; Apr-Jun 3) and
  // B gains 6 Mar 2017 (Mar-Jun 3; Feb 2). A is 2, E is 2.
  //   At least 3: Jan F = 1; Feb F = 1; Mar B F = 2; Apr 2; May 2; Jun 2.
  placements3WithL: { type: 'placements', atLeast: 3, changeReasons: ['S', 'P', 'L'] },
  // Over 24 months, at least 2, only children with a care order open: A (E1) is out;
  //   E: W = 1 Feb 2015, not in care; starts 1 Oct 2015, 1 Oct 2016 = 2 (Jan-Mar).
  //   F: 3 or more (Jan-Jun). B: C2 from Mar; starts 5 Jan, 10 Feb = 2 (Mar-Jun). D, C, G: 1.
  //   Jan E F = 2; Feb E F = 2 (B is J1); Mar B E F = 3; Apr B F = 2; May 2; Jun 2.
  placementsCareOrder24: { type: 'placements', atLeast: 2, withinMonths: 24, filter: { episode: { legalStatus: ['C2'] } } },

  // Long-term stability. Eligible: in care at the month end, under 16, in care (this period)
  // 30 months. A: 2014-03-15 + 30 months = 2016-09-15, so Jan-Apr. D: 2013-01-05, but 16 on
  // 31 Mar, so Jan and Feb. C is 16, E 17; B, F, G too recent.
  //   Jan A D = 2; Feb 2; Mar A = 1; Apr A = 1; May 0; Jun 0.
  ltsEligible: { type: 'long-term-stability', part: 'eligible' },
  // Stable: D has had one placement since 2013. A's current placement started 2016-11-20
  // (under 2 years), but it is an adoption placement (A4) and the one before it started
  // 2014-09-01, 2 years before: stable.
  //   Jan A D = 2; Feb 2; Mar A = 1; Apr A = 1; May 0; Jun 0.
  ltsStable: { type: 'long-term-stability', part: 'stable' },
  // Without A4 among the adoption placement types, A is not stable.
  //   Jan D = 1; Feb 1; Mar 0; ...
  ltsStableA5Only: { type: 'long-term-stability', part: 'stable', adoptionPlacementTypes: ['A5'] },

  // Health assessments within 28 calendar days of the start of care.
  //   B1: 5 Jan + 28 = 2 Feb; care ended 25 Jan, on or before it: excluded.
  //   B2: 10 Feb + 28 = 10 Mar; still in care; HA 1 Mar: met.
  //   G:  20 Mar + 28 = 17 Apr; HA 19 Apr: not met.
  //   eligible Feb 1, Mar 1; met Feb 1.
  ha28Eligible: { type: 'event-within', part: 'eligible', event: 'HA', days: 28 },
  ha28Met: { type: 'event-within', part: 'met', event: 'HA', days: 28 },
  // Within 20 calendar days: B1 ended 25 Jan = 5 Jan + 20, on the deadline: excluded.
  //   eligible Feb 1 (B2), Mar 1 (G).
  ha20DaysEligible: { type: 'event-within', part: 'eligible', event: 'HA', days: 20 },
  // Within 10 calendar days: B1 (deadline 15 Jan, ended 25 Jan) is in; nobody meets it
  // (B2 deadline 20 Feb, HA 1 Mar; G deadline 30 Mar, HA 19 Apr).
  //   eligible Jan 1, Feb 1, Mar 1; met 0.
  ha10Eligible: { type: 'event-within', part: 'eligible', event: 'HA', days: 10 },
  ha10Met: { type: 'event-within', part: 'met', event: 'HA', days: 10 },
  // Within 20 working days (England and Wales):
  //   B1 (Thu 5 Jan): 6 Jan, 9-13, 16-20, 23-27, 30 Jan-2 Feb: deadline 2 Feb; ended 25 Jan: excluded.
  //   B2 (Fri 10 Feb): 13-17, 20-24, 27 Feb-3 Mar, 6-10 Mar: deadline 10 Mar; HA 1 Mar: met.
  //   G (Mon 20 Mar): 21-24, 27-31, 3-7 Apr, 10-13 Apr (14 Apr Good Friday, 17 Apr Easter Monday),
  //     18, 19 Apr: deadline 19 Apr; HA 19 Apr: met.
  //   eligible Feb 1, Mar 1; met Feb 1, Mar 1.
  ha20WorkingMet: { type: 'event-within', part: 'met', event: 'HA', days: 20, working: true },
  // In Scotland Easter Monday is a working day: G's deadline is 18 Apr; HA 19 Apr: not met.
  //   met Feb 1.
  ha20WorkingScotlandMet: { type: 'event-within', part: 'met', event: 'HA', days: 20, working: true, region: 'scotland' },
  // Leaving out remand admissions: B2 (J1) is out. eligible Mar 1; met Mar 1.
  ha20WorkingNoRemandEligible: { type: 'event-within', part: 'eligible', event: 'HA', days: 20, working: true, excludeLegalStatuses: ['J1'] },
  ha20WorkingNoRemandMet: { type: 'event-within', part: 'met', event: 'HA', days: 20, working: true, excludeLegalStatuses: ['J1'] },

  // Days from the start of care to the adoption order: A, 2014-03-15 to 2017-05-12 (the day care
  // ended, which still belongs to the period): 2014-03-15..2017-03-15 is 365 + 365 + 366 = 1096,
  // then 16 + 30 + 12 = 58 more: 1154, in May.
  daysToAdoption: { type: 'days-between', part: 'total', from: 'period-start', to: 'AO' },
  adoptionCount: { type: 'days-between', part: 'count', from: 'period-start', to: 'AO' },
  // From the match (2016-11-01) to the order: 29 + 31 + 31 + 28 + 31 + 30 + 12 = 192, in May.
  daysMatchToOrder: { type: 'days-between', part: 'total', from: 'MATCH', to: 'AO' },
  // Days from the start of the period of care to each health assessment:
  //   B: 10 Feb to 1 Mar = 19 (Mar); G: 20 Mar to 19 Apr = 30 (Apr).
  daysToHealthAssessment: { type: 'days-between', part: 'total', from: 'period-start', to: 'HA' },

  // Missing episodes: Jan C (28th) = 1; Feb F, F, B = 3; Mar F = 1.
  missing: { type: 'events', event: 'MISS' },
  // The children missing: Jan 1; Feb 2 (B, F); Mar 1.
  childrenMissing: { type: 'events', event: 'MISS', distinctChildren: true },
};

/** The hand-worked rows, a column per measure. */
const expected: Record<string, [number, number, number, number, number, number]> = {
  //                           Jan Feb Mar Apr May Jun
  inCare: /*                */ [5, 6, 7, 6, 5, 5],
  seventeenPlus: /*         */ [1, 1, 2, 1, 1, 1],
  boysUnder16: /*           */ [1, 2, 2, 2, 2, 2],
  inCare18Months: /*        */ [2, 3, 3, 3, 2, 2],
  careOrders: /*            */ [4, 4, 6, 5, 5, 5],
  recentlyMissing: /*       */ [1, 2, 1, 0, 0, 0],
  started: /*               */ [1, 1, 1, 0, 0, 0],
  remandAdmissions: /*      */ [0, 1, 0, 0, 0, 0],
  babyAdmissions: /*        */ [0, 0, 1, 0, 0, 0],
  ended: /*                 */ [1, 0, 0, 1, 1, 0],
  adoptions: /*             */ [0, 0, 0, 0, 1, 0],
  placements2: /*           */ [3, 4, 4, 3, 2, 2],
  placements3: /*           */ [1, 1, 1, 0, 0, 0],
  placements3WithL: /*      */ [1, 1, 2, 2, 2, 2],
  placementsCareOrder24: /* */ [2, 2, 3, 2, 2, 2],
  ltsEligible: /*           */ [2, 2, 1, 1, 0, 0],
  ltsStable: /*             */ [2, 2, 1, 1, 0, 0],
  ltsStableA5Only: /*       */ [1, 1, 0, 0, 0, 0],
  ha28Eligible: /*          */ [0, 1, 1, 0, 0, 0],
  ha28Met: /*               */ [0, 1, 0, 0, 0, 0],
  ha20DaysEligible: /*      */ [0, 1, 1, 0, 0, 0],
  ha10Eligible: /*          */ [1, 1, 1, 0, 0, 0],
  ha10Met: /*               */ [0, 0, 0, 0, 0, 0],
  ha20WorkingMet: /*        */ [0, 1, 1, 0, 0, 0],
  ha20WorkingScotlandMet: /**/ [0, 1, 0, 0, 0, 0],
  ha20WorkingNoRemandEligible: [0, 0, 1, 0, 0, 0],
  ha20WorkingNoRemandMet: /**/ [0, 0, 1, 0, 0, 0],
  daysToAdoption: /*        */ [0, 0, 0, 0, 1154, 0],
  adoptionCount: /*         */ [0, 0, 0, 0, 1, 0],
  daysMatchToOrder: /*      */ [0, 0, 0, 0, 192, 0],
  daysToHealthAssessment: /**/ [0, 0, 19, 30, 0, 0],
  missing: /*               */ [1, 3, 1, 0, 0, 0],
  childrenMissing: /*       */ [1, 2, 1, 0, 0, 0],
};

const MONTHS = ['2017-01', '2017-02', '2017-03', '2017-04', '2017-05', '2017-06'];
const options: DeriveOptions = { from: '2017-01', to: '2017-06', measures };

function expectedRows() {
  return MONTHS.map((period, i) => {
    const row: Record<string, number | string> = { period };
    for (const [name, column] of Object.entries(expected)) row[name] = column[i]!;
    return row;
  });
}

describe('deriveMonthly: the golden data set', () => {
  it('the hand-worked working-day deadlines', () => {
    expect(addWorkingDays('2017-01-05', 20)).toBe('2017-02-02');
    expect(addWorkingDays('2017-02-10', 20)).toBe('2017-03-10');
    expect(addWorkingDays('2017-03-20', 20)).toBe('2017-04-19');
    expect(addWorkingDays('2017-03-20', 20, { region: 'scotland' })).toBe('2017-04-18');
  });

  it('gives the hand-worked rows for every measure', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(measures).sort());
    expect(deriveMonthly(records, options)).toEqual(expectedRows());
  });

  it('the oracle agrees with the hand-worked rows', () => {
    expect(referenceDerive(records, options)).toEqual(expectedRows());
  });

  it('gives one row per month, in order, named by period, with the measures in the order given', () => {
    const rows = deriveMonthly(records, { from: '2016-11', to: '2017-02', measures: { started: measures.started!, inCare: measures.inCare! } });
    expect(rows).toEqual([
      // Nov 2016: in care on 30 Nov: A, C, D, E, F (B and G not yet) = 5.
      { period: '2016-11', started: 0, inCare: 5 },
      { period: '2016-12', started: 0, inCare: 5 },
      { period: '2017-01', started: 1, inCare: 5 },
      { period: '2017-02', started: 1, inCare: 6 },
    ]);
    expect(Object.keys(rows[0]!)).toEqual(['period', 'started', 'inCare']);
    // One month, and a range with no records at all.
    expect(deriveMonthly(records, { from: '2017-03', to: '2017-03', measures: { inCare: { type: 'in-care' } } })).toEqual([{ period: '2017-03', inCare: 7 }]);
    expect(deriveMonthly({ children: [], episodes: [], coverage: { from: '2017-12', to: '2018-01' } }, { from: '2017-12', to: '2018-01', measures: { inCare: { type: 'in-care' } } })).toEqual([
      { period: '2017-12', inCare: 0 },
      { period: '2018-01', inCare: 0 },
    ]);
  });

  it('a child is in care on the month end only if the episode ceases after it', () => {
    const one = (end: string | null) =>
      deriveMonthly(
        { children: [{ childId: 'X', dateOfBirth: '2010-01-01' }], episodes: [{ childId: 'X', start: '2017-01-31', end }], coverage: { from: '2017-01', to: '2017-02' } },
        { from: '2017-01', to: '2017-02', measures: { inCare: { type: 'in-care' }, started: { type: 'started' }, ended: { type: 'ended' } } },
      );
    // Started on 31 Jan, ceased 1 Feb: in care on 31 Jan only.
    expect(one('2017-02-01')).toEqual([
      { period: '2017-01', inCare: 1, started: 1, ended: 0 },
      { period: '2017-02', inCare: 0, started: 0, ended: 1 },
    ]);
    // Ceased 28 Feb: not in care on 28 Feb; ceased 1 Mar: in care on 28 Feb.
    expect(one('2017-02-28').map((r) => r.inCare)).toEqual([1, 0]);
    expect(one('2017-03-01').map((r) => r.inCare)).toEqual([1, 1]);
    expect(one(null).map((r) => r.inCare)).toEqual([1, 1]);
  });

  it('ignores record attributes it does not read, and takes the episode end as null or absent alike', () => {
    const extra: CaseRecords = {
      coverage: records.coverage!,
      children: records.children.map((c) => ({ ...c, ethnicity: 'WBRI', upn: null })),
      episodes: records.episodes.map((e) => ({ ...e, postcode: 'PE1', end: e.end ?? null })),
      events: (records.events ?? []).map((e) => ({ ...e, note: 'x' })),
    };
    expect(deriveMonthly(extra, options)).toEqual(expectedRows());
  });

  it('does not modify its inputs', () => {
    const copy = structuredClone(records);
    const measuresCopy = structuredClone(measures);
    deriveMonthly(records, options);
    expect(records).toEqual(copy);
    expect(measures).toEqual(measuresCopy);
  });
});

// ---------------------------------------------------------------------------
// Errors.

describe('deriveMonthly: invalid records', () => {
  it('lists every problem in one INVALID_DATA error, with exact paths', () => {
    const bad: CaseRecords = {
      children: [
        { childId: 'A', dateOfBirth: '2010-01-01' },
        { childId: 'B', dateOfBirth: '2012-06-01' },
        { childId: 'A', dateOfBirth: '2011-01-01' }, // listed twice
        { childId: 'C', dateOfBirth: '2017-02-30' }, // no such day
      ],
      episodes: [
        { childId: 'A', start: '2016-01-01', end: '2016-06-01' },
        { childId: 'A', start: '2016-03-01', end: '2016-04-01' }, // overlaps episodes[0]
        { childId: 'B', start: '2017-05-01', end: '2017-04-01' }, // ends before it starts
        { childId: 'Z', start: '2017-01-01' }, // unknown child
        { childId: 'B', start: '2017-02-30' }, // no such day
        { childId: 'B', start: '2012-05-01', end: '2012-07-01' }, // before B was born
        { childId: 'B', start: '2013-01-01', end: '2013-13-01' }, // no such month
        { childId: 'B', start: '2014-01-01', end: '2014-02-01' }, // fine
      ],
      events: [
        { childId: 'A', type: 'HA', date: '2016-02-01' }, // fine
        { childId: 'Q', type: 'HA', date: '2016-02-01' }, // unknown child
        { childId: 'A', type: 'HA', date: '2016-2-1' }, // not YYYY-MM-DD
      ],
    };
    const error = indicatorErrorOf(() => deriveMonthly(bad, options));
    expect(error.code).toBe('INVALID_DATA');
    expect(error.issues.map((i) => i.path).sort()).toEqual(
      [
        'children[2].childId',
        'children[3].dateOfBirth',
        'episodes[1]',
        'episodes[2].end',
        'episodes[3].childId',
        'episodes[4].start',
        'episodes[5].start',
        'episodes[6].end',
        'events[1].childId',
        'events[2].date',
      ].sort(),
    );
    const byPath = new Map(error.issues.map((i) => [i.path, i]));
    expect(byPath.get('episodes[1]')).toMatchObject({ row: 1 });
    expect(byPath.get('episodes[1]')!.message).toContain('episodes[0]');
    expect(byPath.get('episodes[1]')!.message).toContain('2016-03-01');
    expect(byPath.get('episodes[2].end')).toMatchObject({ row: 2, field: 'end' });
    expect(byPath.get('episodes[2].end')!.message).toMatch(/before it starts/);
    expect(byPath.get('children[2].childId')!.message).toMatch(/listed twice/);
    expect(byPath.get('episodes[3].childId')!.message).toMatch(/unknown child "Z"/);
    expect(byPath.get('episodes[5].start')!.message).toMatch(/before child B was born/);
    expect(byPath.get('children[3].dateOfBirth')!.message).toContain('"2017-02-30"');
    expect(error.message).toMatch(/^Invalid data: /);
  });

  it.each([
    ['end before start', { childId: 'A', start: '2017-03-02', end: '2017-03-01' }, 'episodes[1].end'],
    ['a malformed date', { childId: 'A', start: '2017-02-30' }, 'episodes[1].start'],
    ['a date that is not text', { childId: 'A', start: 20170301 }, 'episodes[1].start'],
    ['a missing start', { childId: 'A' }, 'episodes[1].start'],
    ['an unknown child', { childId: 'NOBODY', start: '2017-03-01' }, 'episodes[1].childId'],
    ['a start before the date of birth', { childId: 'A', start: '2009-12-31', end: '2010-01-05' }, 'episodes[1].start'],
  ])('one bad episode (%s) is an INVALID_DATA issue at its path', (_, episode, path) => {
    const data = {
      children: [{ childId: 'A', dateOfBirth: '2010-01-01' }],
      episodes: [{ childId: 'A', start: '2016-01-01', end: '2016-02-01' }, episode],
    } as unknown as CaseRecords;
    const error = indicatorErrorOf(() => deriveMonthly(data, options));
    expect(error.code).toBe('INVALID_DATA');
    expect(error.issues.map((i) => i.path)).toEqual([path]);
    expect(error.issues[0]!.row).toBe(1);
  });

  it('overlapping episodes of one child name both rows, whatever the order of the rows', () => {
    const children = [{ childId: 'A', dateOfBirth: '2010-01-01' }, { childId: 'B', dateOfBirth: '2010-01-01' }];
    // Episodes of other children between them; an open episode overlaps everything after it.
    const episodes = [
      { childId: 'A', start: '2016-06-01', end: '2016-08-01' },
      { childId: 'B', start: '2016-01-01', end: '2016-09-01' },
      { childId: 'A', start: '2016-01-01' },
    ];
    const error = indicatorErrorOf(() => deriveMonthly({ children, episodes }, options));
    expect(error.code).toBe('INVALID_DATA');
    expect(error.issues).toHaveLength(1);
    const [issue] = error.issues;
    expect(issue!.path).toMatch(/^episodes\[(0|2)\]$/);
    expect(issue!.message).toContain(issue!.path === 'episodes[0]' ? 'episodes[2]' : 'episodes[0]');
    // Adjacent episodes do not overlap; the same start twice does.
    expect(() =>
      deriveMonthly(
        { children, episodes: [episodes[0]!, { childId: 'A', start: '2016-08-01', end: '2016-09-01' }], eventTypes: ['MISS', 'HA', 'MATCH', 'AO', 'PO'], coverage: records.coverage! },
        options,
      ),
    ).not.toThrow();
    const twice = indicatorErrorOf(() => deriveMonthly({ children, episodes: [episodes[0]!, { ...episodes[0]!, end: '2016-07-01' }] }, options));
    expect(twice.issues.map((i) => i.path)).toEqual(['episodes[1]']);
    expect(twice.issues[0]!.message).toContain('episodes[0]');
  });

  it('every overlap is reported, not only the one with the episode just before', () => {
    const error = indicatorErrorOf(() =>
      deriveMonthly(
        {
          children: [{ childId: 'A', dateOfBirth: '2010-01-01' }],
          episodes: [
            { childId: 'A', start: '2016-01-01', end: '2016-12-31' },
            { childId: 'A', start: '2016-02-01', end: '2016-03-01' },
            { childId: 'A', start: '2016-04-01', end: '2016-05-01' }, // inside episodes[0] too
          ],
        },
        options,
      ),
    );
    expect(error.issues.map((i) => i.path)).toContain('episodes[1]');
    expect(error.issues.some((i) => i.path === 'episodes[2]' && i.message.includes('episodes[0]'))).toBe(true);
  });

  it('an episode after a gap starts a new period of care, so a reason other than S is an error', () => {
    const children = [{ childId: 'A', dateOfBirth: '2010-01-01' }];
    const first = { childId: 'A', start: '2016-01-01', end: '2016-03-01', reasonNewEpisode: 'P' };
    const measures = { admissions: { type: 'started' as const }, ceased: { type: 'ended' as const } };
    const run = (second: EpisodeRecord) => deriveMonthly({ children, episodes: [first, second] }, { from: '2016-01', to: '2016-03', measures });
    // A one-day gap with P (a placement move): the child cannot both have left care and stayed.
    const error = indicatorErrorOf(() => run({ childId: 'A', start: '2016-03-02', reasonNewEpisode: 'P' }));
    expect(error.code).toBe('INVALID_DATA');
    expect(error.issues).toEqual([
      {
        code: 'episode-gap',
        path: 'episodes[1].reasonNewEpisode',
        row: 1,
        field: 'reasonNewEpisode',
        message:
          "episode starts 2016-03-02, after child A's previous episode ceased (2016-03-01), so it begins a new period of care, " +
          'but its reasonNewEpisode "P" says the child stayed in care: a new period starts with S; if the child did stay in care, an episode is missing or a date is wrong',
      },
    ]);
    // After a gap, S or no reason is a new admission; on the day the last ended, P continues the period.
    // The child's first episode in the records may have any reason (an extract can start mid-period).
    const admitted = [
      { period: '2016-01', admissions: 1, ceased: 0 },
      { period: '2016-02', admissions: 0, ceased: 0 },
      { period: '2016-03', admissions: 1, ceased: 1 },
    ];
    expect(run({ childId: 'A', start: '2016-03-02', reasonNewEpisode: 'S' })).toEqual(admitted);
    expect(run({ childId: 'A', start: '2016-03-02' })).toEqual(admitted);
    expect(run({ childId: 'A', start: '2016-03-01', reasonNewEpisode: 'P' })).toEqual([
      { period: '2016-01', admissions: 1, ceased: 0 },
      { period: '2016-02', admissions: 0, ceased: 0 },
      { period: '2016-03', admissions: 0, ceased: 0 },
    ]);
  });

  it('a working-day deadline outside the supported years names the episode', () => {
    const error = indicatorErrorOf(() =>
      deriveMonthly(
        { children: [{ childId: 'A', dateOfBirth: '1990-02-03' }], episodes: [{ childId: 'A', start: '1994-06-01' }], eventTypes: ['HA'] },
        { from: '1994-06', to: '1994-06', measures: { w: { type: 'event-within', part: 'eligible', event: 'HA', days: 5, working: true } } },
      ),
    );
    expect(error.code).toBe('INVALID_DATA');
    expect(error.issues.map((i) => i.path)).toEqual(['episodes[0].start']);
    // Calendar days have no such limit.
    expect(
      deriveMonthly(
        { children: [{ childId: 'A', dateOfBirth: '1990-02-03' }], episodes: [{ childId: 'A', start: '1994-06-01' }], eventTypes: ['HA'] },
        { from: '1994-06', to: '1994-06', measures: { w: { type: 'event-within', part: 'eligible', event: 'HA', days: 5 } } },
      ),
    ).toEqual([{ period: '1994-06', w: 1 }]);
  });

  it('an event for an unknown child, a malformed event date, an event with no type', () => {
    const data = {
      children: [{ childId: 'A', dateOfBirth: '2010-01-01' }],
      episodes: [],
      events: [
        { childId: 'A', type: 'HA', date: '2017-01-01' },
        { childId: 'B', type: 'HA', date: '2017-01-01' },
        { childId: 'A', type: 'HA', date: '2017-02-29' },
        { childId: 'A', type: '', date: '2017-01-01' },
      ],
    } as unknown as CaseRecords;
    const error = indicatorErrorOf(() => deriveMonthly(data, options));
    expect(error.code).toBe('INVALID_DATA');
    expect(error.issues.map((i) => i.path)).toEqual(['events[1].childId', 'events[2].date', 'events[3].type']);
  });

  it('records that are not the right shape', () => {
    for (const bad of [null, [], { children: [] }, { episodes: [] }, { children: {}, episodes: [] }]) {
      const error = indicatorErrorOf(() => deriveMonthly(bad as unknown as CaseRecords, options));
      expect(error.code).toBe('INVALID_DATA');
      expect(error.issues.map((i) => i.path)).toEqual(['records']);
    }
    const events = indicatorErrorOf(() => deriveMonthly({ children: [], episodes: [], events: {} } as unknown as CaseRecords, options));
    expect(events.issues.map((i) => i.path)).toEqual(['records.events']);
    const rows = indicatorErrorOf(() => deriveMonthly({ children: [null, 'x'], episodes: [7] } as unknown as CaseRecords, options));
    expect(rows.issues.map((i) => i.path)).toEqual(['children[0]', 'children[1]', 'episodes[0]']);
  });

  it('a days-between event with no start is an INVALID_DATA issue naming the event', () => {
    const data: CaseRecords = {
      children: [{ childId: 'A', dateOfBirth: '2010-01-01' }],
      episodes: [{ childId: 'A', start: '2017-01-10', end: '2017-02-01' }],
      coverage: { from: '2017-01', to: '2017-03' },
      events: [
        { childId: 'A', type: 'AO', date: '2017-02-01' }, // the day care ended: has a start
        { childId: 'A', type: 'AO', date: '2017-02-02' }, // out of care: none
        { childId: 'A', type: 'AO', date: '2017-01-09' }, // before care: none
      ],
    };
    const measure = { type: 'days-between', part: 'total', from: 'period-start', to: 'AO' } as const;
    const error = indicatorErrorOf(() => deriveMonthly(data, { from: '2017-01', to: '2017-02', measures: { days: measure } }));
    expect(error.code).toBe('INVALID_DATA');
    expect(error.issues.map((i) => i.path).sort()).toEqual(['events[1]', 'events[2]']);
    expect(error.issues.map((i) => i.row).sort()).toEqual([1, 2]);
    // Outside the range, the same events are not looked at.
    expect(deriveMonthly(data, { from: '2017-03', to: '2017-03', measures: { days: measure } })).toEqual([{ period: '2017-03', days: 0 }]);
    // From an event type: the latest one on or before, the same day included.
    const fromEvent = indicatorErrorOf(() =>
      deriveMonthly(
        { ...data, events: [{ childId: 'A', type: 'AO', date: '2017-01-05' }, { childId: 'A', type: 'M', date: '2017-01-06' }] },
        { from: '2017-01', to: '2017-01', measures: { days: { type: 'days-between', part: 'count', from: 'M', to: 'AO' } } },
      ),
    );
    expect(fromEvent.issues.map((i) => i.path)).toEqual(['events[0]']);
    expect(
      deriveMonthly(
        { ...data, events: [{ childId: 'A', type: 'M', date: '2017-01-03' }, { childId: 'A', type: 'M', date: '2017-01-05' }, { childId: 'A', type: 'AO', date: '2017-01-05' }] },
        { from: '2017-01', to: '2017-01', measures: { days: { type: 'days-between', part: 'total', from: 'M', to: 'AO' } } },
      ),
    ).toEqual([{ period: '2017-01', days: 0 }]);
  });
});

describe('deriveMonthly: invalid measures and options', () => {
  const ok: CaseRecords = { children: [], episodes: [] };
  const spec = (m: unknown) => indicatorErrorOf(() => deriveMonthly(ok, { from: '2017-01', to: '2017-02', measures: m as Record<string, RecordMeasure> }));

  it.each([
    [{ admissions: { type: 'admissions' } }, 'measures.admissions.type'],
    [{ admissions: {} }, 'measures.admissions.type'],
    [{ p: { type: 'placements', atLeast: 0 } }, 'measures.p.atLeast'],
    [{ p: { type: 'placements' } }, 'measures.p.atLeast'],
    [{ p: { type: 'placements', atLeast: 2, withinMonths: 1.5 } }, 'measures.p.withinMonths'],
    [{ p: { type: 'placements', atLeast: 2, changeReasons: [] } }, 'measures.p.changeReasons'],
    [{ x: { type: 'in-care', filter: { ageBelow: 0 } } }, 'measures.x.filter.ageBelow'],
    [{ x: { type: 'in-care', filter: { colour: ['red'] } } }, 'measures.x.filter.colour'],
    [{ x: { type: 'in-care', filter: { inCareAtLeast: {} } } }, 'measures.x.filter.inCareAtLeast'],
    [{ x: { type: 'in-care', filter: { inCareAtLeast: { weeks: 2 } } } }, 'measures.x.filter.inCareAtLeast'],
    [{ x: { type: 'in-care', filter: { episode: { legalStatus: 'C2' } } } }, 'measures.x.filter.episode.legalStatus'],
    [{ x: { type: 'in-care', filter: { hadEvent: { type: 'HA' } } } }, 'measures.x.filter.hadEvent.withinMonths'],
    [{ x: { type: 'in-care', extra: 1 } }, 'measures.x.extra'],
    [{ s: { type: 'long-term-stability', part: 'all' } }, 'measures.s.part'],
    [{ e: { type: 'event-within', part: 'met', event: 'HA', days: 20, working: true, region: 'wales' } }, 'measures.e.region'],
    [{ e: { type: 'event-within', part: 'met', event: 'HA', days: 20, region: 'scotland' } }, 'measures.e.region'],
    [{ e: { type: 'event-within', part: 'met', event: 'HA', days: 20, working: false, region: 'scotland' } }, 'measures.e.region'],
    [{ s: { type: 'long-term-stability', part: 'stable', filter: { ageBelow: 0 } } }, 'measures.s.filter.ageBelow'],
    [{ e: { type: 'event-within', part: 'met', event: '', days: 20 } }, 'measures.e.event'],
    [{ e: { type: 'event-within', part: 'met', event: 'HA', days: -1 } }, 'measures.e.days'],
    [{ d: { type: 'days-between', part: 'mean', from: 'A', to: 'B' } }, 'measures.d.part'],
    [{ d: { type: 'ended', reasons: 'E11' } }, 'measures.d.reasons'],
    [{ period: { type: 'in-care' } }, 'measures.period'],
    [{ 'two words': { type: 'in-care' } }, 'measures.two words'],
    [{ x: 'in-care' }, 'measures.x'],
    [undefined, 'measures'],
    [[{ type: 'in-care' }], 'measures'],
  ])('%j is INVALID_SPEC at %s', (m, path) => {
    const error = spec(m);
    expect(error.code).toBe('INVALID_SPEC');
    // ({ weeks: 2 } is both an unknown key, at its own path, and no days, months or years.)
    const paths = [...new Set(error.issues.map((i) => i.path))];
    expect(paths).toEqual(path.endsWith('inCareAtLeast') && JSON.stringify(m).includes('weeks') ? [`${path}.weeks`, path] : [path]);
  });

  it('says a region needs working days', () => {
    const error = spec({ iha: { type: 'event-within', part: 'met', event: 'HA', days: 20, region: 'scotland' } });
    expect(error.issues).toEqual([{ code: 'region-needs-working', path: 'measures.iha.region', message: expect.stringMatching(/needs working: true/) }]);
  });

  it('says what is wrong with a measure name', () => {
    const error = spec({ '1st': { type: 'in-care' }, ok: { type: 'in-care' } });
    expect(error.issues).toEqual([{ code: 'bad-id', path: 'measures.1st', message: expect.stringMatching(/identifier/) }]);
  });

  it('reports every invalid measure in one error, before looking at the records', () => {
    const error = indicatorErrorOf(() =>
      deriveMonthly({ children: 'nope' } as unknown as CaseRecords, {
        from: '2017-01',
        to: '2017-02',
        measures: {
          admissions: { type: 'admissions' },
          good: { type: 'in-care' },
          p: { type: 'placements', atLeast: 0 },
        } as unknown as Record<string, RecordMeasure>,
      }),
    );
    expect(error.code).toBe('INVALID_SPEC');
    expect(error.issues.map((i) => i.path)).toEqual(['measures.admissions.type', 'measures.p.atLeast']);
  });

  it.each([
    [{ from: '2017-13', to: '2017-12' }, ['from']],
    [{ from: '2017-01', to: '2017-1' }, ['to']],
    [{ from: '2017-01-01', to: 201702 }, ['from', 'to']],
    [{ to: '2017-02' }, ['from']],
    [{ from: '2017-06', to: '2017-01' }, ['from']],
  ])('from/to %j is INVALID_OPTIONS at %j', (range, paths) => {
    const error = indicatorErrorOf(() => deriveMonthly(records, { ...range, measures } as unknown as DeriveOptions));
    expect(error.code).toBe('INVALID_OPTIONS');
    expect(error.issues.map((i) => i.path)).toEqual(paths);
  });

  it('options are checked before measures and records', () => {
    const error = indicatorErrorOf(() =>
      deriveMonthly(null as unknown as CaseRecords, { from: 'x', to: '2017-01', measures: { a: { type: 'nope' } } } as unknown as DeriveOptions),
    );
    expect(error.code).toBe('INVALID_OPTIONS');
  });
});

// ---------------------------------------------------------------------------
// A problem found while writing these tests (see the report): this fails.

describe('deriveMonthly: known problems', () => {
  const children = [{ childId: 'A', dateOfBirth: '2010-01-01' }];
  const outcome = (episodes: CaseRecords['episodes']) => {
    try {
      return deriveMonthly({ children, episodes }, { from: '2017-01', to: '2017-01', measures: { started: { type: 'started' }, ended: { type: 'ended' } } });
    } catch (e) {
      if (isIndicatorError(e)) return `${e.code}: ${e.issues.length} issue(s)`;
      throw e;
    }
  };

  it('whether records are valid does not depend on the order of the rows (an episode that starts and ends the same day)', () => {
    const empty = { childId: 'A', start: '2017-01-10', end: '2017-01-10' };
    const next = { childId: 'A', start: '2017-01-10', end: '2017-01-20' };
    // In this order it is accepted (joined into one period); the other way round it is an overlap.
    expect(outcome([next, empty])).toEqual(outcome([empty, next]));
  });
});

// ---------------------------------------------------------------------------
// Time zones.

describe('deriveMonthly: time zones', () => {
  it('src/records uses no Date, local-time or locale APIs (comments aside)', () => {
    const dir = new URL('../../src/records/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files).toContain('derive.ts');
    for (const file of files) {
      const source = readFileSync(new URL(file, dir), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(source, file).not.toMatch(/\bDate\b(?!\w)|getTimezoneOffset|toLocale|\bIntl\b|date-fns/);
    }
  });

  it('gives the same rows whatever TZ is', () => {
    const saved = process.env.TZ;
    try {
      const offsets = new Set<number>();
      for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/St_Johns', 'Australia/Lord_Howe', 'Pacific/Pago_Pago', 'Europe/London']) {
        process.env.TZ = tz;
        offsets.add(new Date(Date.UTC(2017, 0, 1)).getTimezoneOffset());
        expect(deriveMonthly(records, options), tz).toEqual(expectedRows());
      }
      // The TZ changes took effect in this process (else the check above proves little).
      expect(offsets.size).toBeGreaterThan(1);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
