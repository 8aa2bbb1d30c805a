/**
 * The reference council's local settings: Peterborough City Council's
 * children in care and care leavers performance report, September 2017.
 * One example set of local settings, by catalogue id: the population its
 * rates are per, its printed targets by year, its printed RAG thresholds as
 * the catalogue reads them (closing gaps and overlaps, each reading said
 * below), and the comparators of each page's year table.
 *
 * Readings shared by every entry:
 *
 * - Targets and RAG thresholds printed only for 2017-18 (the pages whose
 *   monthly rows are withheld, and the contents page's targets) apply from
 *   2017-04; earlier months have no target and no rating. Pages that print
 *   their monthly targets keep them month by month.
 * - Where printed bands leave a gap or overlap, the red edge is kept as
 *   printed, green starts at the target when the page prints "G = target",
 *   and amber takes whatever lies between.
 * - A comparator printed for a reporting year applies from the April that
 *   year starts (`{ from: '2015-04', label: '2015-16' }`) until the next one.
 *   Blank cells add no step: the latest published value stays in force.
 *
 * @module
 */
import type { Band, BenchmarkStep, RagStep, RagInput, TargetStep } from '../index.js';
import type { CouncilSettings, LocalSettings } from './types.js';

/** Population aged 0-17 printed on the reference report's per-10,000 pages. */
const POPULATION_0_17 = 47715;

/** A comparator printed for a reporting year `YYYY-YY`, in force from that year's April. */
function year(label: string, value: number, printed?: string): BenchmarkStep {
  const start = label.slice(0, 4);
  return { from: `${start}-04`, value, label: printed === undefined ? label : `${label} (printed ${printed})` };
}

/** A target printed for 2017-18 only. */
const from201718 = (value: number): TargetStep[] => [{ from: '2017-04', value }];

/** RAG thresholds printed for 2017-18 only, rating the value as displayed; earlier months are not rated. */
const ratedFrom201718 = (bands: Band[]): RagStep<RagInput>[] => [{ from: '2017-04', rag: { using: 'rounded', bands } }];

const settings: CouncilSettings = {
  /**
   * Page 24. Population 47,715 (as printed). Target 84.4 in April 2016 (as
   * printed), then 74.0. Bands: the printed thresholds (G <=350,
   * A >351-365, R >365) are numbers of children, not rates; at the printed
   * population they are rates of 73.5 and 76.6 per 10,000, which fall
   * between whole children (350 is 73.35, 351 is 73.56, 365 is 76.50, 366
   * is 76.71), so rating the exact rate against them rates the count:
   * green up to 350 children, amber 351 to 365 ("A >351" read as 351 and
   * over), red from 366. Every printed 2016-17 and 2017-18 cell agrees, so
   * the bands apply from April 2016. Valid only with this population.
   */
  'cic-rate-per-10k': {
    population: POPULATION_0_17,
    target: [
      { from: '2016-04', value: 84.4 },
      { from: '2016-05', value: 74 },
    ],
    rag: [
      {
        from: '2016-04',
        rag: {
          using: 'exact',
          bands: [
            { rating: 'green', max: 73.5, maxInclusive: true, label: 'G <=350' },
            { rating: 'amber', min: 73.5, minInclusive: false, max: 76.6, maxInclusive: true, label: 'A >351-365' },
            { rating: 'red', min: 76.6, minInclusive: false, label: 'R >365' },
          ],
        },
      },
    ],
    benchmarks: {
      'statistical-neighbours': [year('2013-14', 77.2), year('2014-15', 79.4), year('2015-16', 79.5)],
      england: [year('2013-14', 60), year('2014-15', 60), year('2015-16', 60)],
    },
  },
  /** Page 25. Population 47,715. Target 38.0. Bands: none; the page prints "G = A > R <" with no thresholds, so the contents page's A cannot be reproduced. */
  'cic-admissions-rate': {
    population: POPULATION_0_17,
    target: 38,
    benchmarks: {
      'statistical-neighbours': [year('2013-14', 29.7), year('2014-15', 34.2), year('2015-16', 31.1)],
      england: [year('2013-14', 26.5), year('2014-15', 26.8), year('2015-16', 27.4)],
    },
  },
  /**
   * Page 26. Population 47,715. Target 38.0. Bands: none ("G = A > R <").
   * Benchmarks: the year table prints its middle row as "2015-15"; it lies
   * between 2013-14 and 2015-16 and is read as 2014-15.
   */
  'cic-ceased-rate': {
    population: POPULATION_0_17,
    target: 38,
    benchmarks: {
      'statistical-neighbours': [year('2013-14', 30.1), year('2014-15', 32.3, '2015-15'), year('2015-16', 32.3)],
      england: [year('2013-14', 26.5), year('2014-15', 26.8, '2015-15'), year('2015-16', 27.2)],
    },
  },
  /**
   * Page 27. Target 345 (2017-18). Bands: printed "G = 345, A = +/-20,
   * R = +/-30", read as the difference d from 345 at which each colour
   * starts: green while |d| < 20, amber from |d| = 20 up to |d| < 30, red
   * from |d| = 30 (326 to 364 children green). This is the reading under
   * which the contents page's A for 373 (d = 28) holds. Benchmarks: none;
   * the page's year table (55.7, 64.7, 52.1 for 2013-14) is not a number of
   * children and disagrees with the per-10,000 page.
   */
  'cic-number-in-care': {
    target: from201718(345),
    rag: [
      {
        from: '2017-04',
        rag: {
          on: 'difference-from-target',
          using: 'rounded',
          bands: [
            { rating: 'red', max: -30, maxInclusive: true, label: 'R = -30' },
            { rating: 'amber', min: -30, minInclusive: false, max: -20, maxInclusive: true, label: 'A = -20' },
            { rating: 'green', min: -20, minInclusive: false, max: 20, maxInclusive: false, label: 'G = 345' },
            { rating: 'amber', min: 20, minInclusive: true, max: 30, maxInclusive: false, label: 'A = +20' },
            { rating: 'red', min: 30, minInclusive: true, label: 'R = +30' },
          ],
        },
      },
    ],
  },
  /**
   * Page 28. Targets as printed: 10.1% (April 2016), 9.5% (May 2016 on),
   * 8.5% (2017-18). Bands (2017-18): printed "G <= 8.5%, A > 8.6-10%,
   * R > 10"; at one decimal these leave no gap. The printed 2016-17 RAG
   * cells follow no stated thresholds, so 2016-17 is not rated.
   */
  'cic-three-or-more-placements': {
    target: [
      { from: '2016-04', value: 10.1 },
      { from: '2016-05', value: 9.5 },
      { from: '2017-04', value: 8.5 },
    ],
    rag: ratedFrom201718([
      { rating: 'green', max: 8.5, maxInclusive: true, label: 'G <= 8.5%' },
      { rating: 'amber', min: 8.6, minInclusive: true, max: 10, maxInclusive: true, label: 'A > 8.6-10%' },
      { rating: 'red', min: 10, minInclusive: false, label: 'R > 10' },
    ]),
    benchmarks: {
      'statistical-neighbours': [year('2013-14', 11.3)],
      england: [year('2013-14', 11)],
    },
  },
  /** Page 29. Target 71% (2017-18). Bands: printed "G =71%, A 69%-71%, R < 69%" overlap at 71% and leave everything above it without a colour; read as green from 71% up, amber 69% to below 71%, red below 69%. */
  'cic-long-term-stability': {
    target: from201718(71),
    rag: ratedFrom201718([
      { rating: 'red', max: 69, maxInclusive: false, label: 'R < 69%' },
      { rating: 'amber', min: 69, minInclusive: true, max: 71, maxInclusive: false, label: 'A 69%-71%' },
      { rating: 'green', min: 71, minInclusive: true, label: 'G =71%' },
    ]),
    benchmarks: {
      'statistical-neighbours': [year('2013-14', 69.1)],
      england: [year('2013-14', 67)],
    },
  },
  /** Page 30. Targets as printed: 98% (April 2016), then 100%. Bands (2017-18): printed "G = 100%, A > 98%, R < 98%" leave exactly 98% without a colour; 98% is amber here, the reading under which every printed 2017-18 rating holds. */
  'cic-reviews-in-time': {
    target: [
      { from: '2016-04', value: 98 },
      { from: '2016-05', value: 100 },
    ],
    rag: ratedFrom201718([
      { rating: 'red', max: 98, maxInclusive: false, label: 'R < 98%' },
      { rating: 'amber', min: 98, minInclusive: true, max: 100, maxInclusive: false, label: 'A > 98%' },
      { rating: 'green', min: 100, minInclusive: true, label: 'G = 100%' },
    ]),
  },
  /** Page 31. Target 98% (2017-18). Bands: printed "G = 98%, A > 97%-90, R < 90%" leave 97% to 98% without a colour and none above 98%; read as green from 98% up, amber 90% to below 98%, red below 90%. */
  'cic-statutory-visits-in-time': {
    target: from201718(98),
    rag: ratedFrom201718([
      { rating: 'red', max: 90, maxInclusive: false, label: 'R < 90%' },
      { rating: 'amber', min: 90, minInclusive: true, max: 98, maxInclusive: false, label: 'A > 97%-90' },
      { rating: 'green', min: 98, minInclusive: true, label: 'G = 98%' },
    ]),
  },
  /** Page 32. Target 14% (2017-18). Bands: printed "G =14%, A 9-13%, R < 8%" leave 13% to 14% and 8% to 9% without a colour; read as green from 14% up, amber 8% to below 14%, red below 8%. */
  'cic-adopted-ytd': {
    target: from201718(14),
    rag: ratedFrom201718([
      { rating: 'red', max: 8, maxInclusive: false, label: 'R < 8%' },
      { rating: 'amber', min: 8, minInclusive: true, max: 14, maxInclusive: false, label: 'A 9-13%' },
      { rating: 'green', min: 14, minInclusive: true, label: 'G =14%' },
    ]),
    benchmarks: {
      'statistical-neighbours': [year('2013-14', 22.4), year('2014-15', 24), year('2015-16', 21)],
      england: [year('2013-14', 17), year('2014-15', 17), year('2015-16', 15)],
    },
  },
  /**
   * Page 33. Target 487 days (2017-18). Bands: printed "G <=487, A >, R"
   * with the amber and red thresholds blank; read as green up to 487 days
   * and red above, no amber. Benchmarks: the year table's one figure, 492.5
   * for 2014-15, is printed under "ER Result" and carried as
   * eastern-region; the contents page's SN 616 and England 628 have no year
   * and are not carried.
   */
  'cic-adoption-a1-days': {
    target: from201718(487),
    rag: ratedFrom201718([
      { rating: 'green', max: 487, maxInclusive: true, label: 'G <=487' },
      { rating: 'red', min: 487, minInclusive: false, label: 'R (blank)' },
    ]),
    benchmarks: { 'eastern-region': [year('2014-15', 492.5)] },
  },
  /**
   * Page 34. Target 120 days (2017-18). Bands: printed "G <=120, A >, R <"
   * with the amber and red thresholds blank; read as green up to 120 days
   * and red above (the contents page rates 197 days R). Benchmarks: 220.0
   * ("ER Result", 2014-15) is carried as eastern-region; the contents
   * page's SN 211 and England 217 are not in the table and not carried.
   */
  'cic-adoption-a2-days': {
    target: from201718(120),
    rag: ratedFrom201718([
      { rating: 'green', max: 120, maxInclusive: true, label: 'G <=120' },
      { rating: 'red', min: 120, minInclusive: false, label: 'R < (blank)' },
    ]),
    benchmarks: { 'eastern-region': [year('2014-15', 220)] },
  },
  /** Page 35. No target, no thresholds. */
  'cic-missing-incidents': {},
  /** Page 35. No target, no thresholds. */
  'cic-missing-individuals': {},
  /** Page 36. Target 95% (2017-18). Bands: printed "G >= 95%, A > 85 -95%, R < 85%" overlap at 95% and leave exactly 85% without a colour; read as green from 95%, amber 85% to below 95%, red below 85%. */
  'cic-initial-health-assessments': {
    target: from201718(95),
    rag: ratedFrom201718([
      { rating: 'red', max: 85, maxInclusive: false, label: 'R < 85%' },
      { rating: 'amber', min: 85, minInclusive: true, max: 95, maxInclusive: false, label: 'A > 85 -95%' },
      { rating: 'green', min: 95, minInclusive: true, label: 'G >= 95%' },
    ]),
  },
  /** Page 37. Target 95% (2017-18). Bands: printed "G >= 95%, A > 85%, R < 85%" overlap above 95% and leave exactly 85% without a colour; read as green from 95%, amber 85% to below 95%, red below 85%. */
  'cic-annual-health-assessments': {
    target: from201718(95),
    rag: ratedFrom201718([
      { rating: 'red', max: 85, maxInclusive: false, label: 'R < 85%' },
      { rating: 'amber', min: 85, minInclusive: true, max: 95, maxInclusive: false, label: 'A > 85%' },
      { rating: 'green', min: 95, minInclusive: true, label: 'G >= 95%' },
    ]),
    benchmarks: {
      'statistical-neighbours': [year('2013-14', 89.1)],
      england: [year('2013-14', 88.4)],
    },
  },
  /** Page 38. Target 95% (2017-18). Bands: printed "G >= 95%, A > 90%, R < 90%" overlap above 95% and leave exactly 90% without a colour; read as green from 95%, amber 90% to below 95%, red below 90%. */
  'cic-dental-checks': {
    target: from201718(95),
    rag: ratedFrom201718([
      { rating: 'red', max: 90, maxInclusive: false, label: 'R < 90%' },
      { rating: 'amber', min: 90, minInclusive: true, max: 95, maxInclusive: false, label: 'A > 90%' },
      { rating: 'green', min: 95, minInclusive: true, label: 'G >= 95%' },
    ]),
  },
  /** Page 39. Targets as printed: 95% (2016-17), 98% (2017-18). Bands (2017-18): printed "G = >98%, A=95%-97%, R < 95%" leave 97% to 98% without a colour; read as green from 98% up and amber 95% to below 98%, under which May 2017's 97.2% is amber, as printed. */
  'cic-personal-education-plans': {
    target: [
      { from: '2016-04', value: 95 },
      { from: '2017-04', value: 98 },
    ],
    rag: ratedFrom201718([
      { rating: 'red', max: 95, maxInclusive: false, label: 'R < 95%' },
      { rating: 'amber', min: 95, minInclusive: true, max: 98, maxInclusive: false, label: 'A=95%-97%' },
      { rating: 'green', min: 98, minInclusive: true, label: 'G = >98%' },
    ]),
  },
  /** Page 40. Target 98% (2017-18). Bands: printed "G =98%, A =85-97%, R<84%" leave 84% to 85% and 97% to 98% without a colour and none above 98%; read as green from 98% up, amber 84% to below 98%, red below 84%, so 84.3% and 97.8% are amber. */
  'cic-pathway-plans': {
    target: from201718(98),
    rag: ratedFrom201718([
      { rating: 'red', max: 84, maxInclusive: false, label: 'R<84%' },
      { rating: 'amber', min: 84, minInclusive: true, max: 98, maxInclusive: false, label: 'A =85-97%' },
      { rating: 'green', min: 98, minInclusive: true, label: 'G =98%' },
    ]),
  },
  /** Page 41. Target 30% (2017-18). Bands: none available (page 41 is not in the reference text), so the contents page's R for 37.1% cannot be reproduced. */
  'care-leavers-19-plus-neet': {
    target: from201718(30),
  },
  /** Page 42. Target 5% (2017-18). Bands: printed "G = 0-5%, A = 6-7%, R > 7%" leave 5% to 6% without a colour; read as green up to 5%, amber above 5% up to 7%, red above 7%. Benchmarks: none (the year table prints "-"). */
  'care-leavers-19-plus-unsuitable-accommodation': {
    target: from201718(5),
    rag: ratedFrom201718([
      { rating: 'green', max: 5, maxInclusive: true, label: 'G = 0-5%' },
      { rating: 'amber', min: 5, minInclusive: false, max: 7, maxInclusive: true, label: 'A = 6-7%' },
      { rating: 'red', min: 7, minInclusive: false, label: 'R > 7%' },
    ]),
  },
};

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The reference council's local settings, by catalogue id: one example set
 * (Peterborough City Council, children in care and care leavers
 * performance report, September 2017). The population 47,715 its rates are
 * per, its printed targets by year, its printed RAG thresholds as the
 * catalogue reads them (gaps and overlaps closed; docs/scorecards.md says
 * how for each), and the comparators of each page's year table. With
 * `catalogueSpec` they reproduce every printed cell the report's pages
 * allow. Another council writes its own: these bands, targets and the
 * population are Peterborough's. Deep-frozen.
 *
 * @example
 * ```ts
 * import { catalogueSpec, referenceSettings } from 'council-indicators/catalogue';
 *
 * referenceSettings['cic-admissions-rate'].population; // 47715
 * referenceSettings['cic-adopted-ytd'].target; // [{ from: '2017-04', value: 14 }]
 * Object.keys(referenceSettings).length; // 20
 * const spec = catalogueSpec('cic-adopted-ytd', referenceSettings['cic-adopted-ytd']);
 * spec.benchmarks.england.at(-1); // { from: '2015-04', value: 15, label: '2015-16' }
 * ```
 */
export const referenceSettings: Readonly<Record<string, Readonly<LocalSettings>>> = deepFreeze(settings);
