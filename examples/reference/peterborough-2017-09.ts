/**
 * The six pages of Peterborough City Council's children in care performance
 * report for September 2017 whose monthly rows are printed, transcribed as
 * published (see shared/reference/peterborough-cic-performance-report-2017-09.txt).
 *
 * Each page has its monthly inputs and, separately, the cells the report
 * printed from them, so tests and the example can recompute the second from
 * the first and show where they differ.
 */

/** A printed RAG cell: R, A, G, or blank. */
export type PrintedRag = 'R' | 'A' | 'G' | '';

/** What the report printed for one month, as text. */
export interface PrintedCells {
  value: string;
  target: string;
  variance: string;
  rag: PrintedRag;
  /** The printed rolling 12-month total, on pages that print one. */
  total?: number;
}

export interface PublishedPage {
  /** The page's title in the report's contents table. */
  title: string;
  /** Monthly input rows, as printed (Apr-16 to Sep-17). */
  rows: { period: string; [field: string]: number | string }[];
  printed: Record<string, PrintedCells>;
  /** The RAG thresholds as the page prints them, verbatim. */
  printedThresholds: string;
}

const PERIODS = [
  '2016-04', '2016-05', '2016-06', '2016-07', '2016-08', '2016-09', '2016-10', '2016-11', '2016-12',
  '2017-01', '2017-02', '2017-03', '2017-04', '2017-05', '2017-06', '2017-07', '2017-08', '2017-09',
] as const;

type Line = readonly [inputs: Record<string, number>, value: string, target: string, variance: string, rag: PrintedRag, total?: number];

function page(title: string, printedThresholds: string, lines: readonly Line[]): PublishedPage {
  if (lines.length !== PERIODS.length) throw new Error(`${title}: expected ${PERIODS.length} months`);
  const rows: PublishedPage['rows'] = [];
  const printed: Record<string, PrintedCells> = {};
  lines.forEach(([inputs, value, target, variance, rag, total], i) => {
    const period = PERIODS[i]!;
    rows.push({ period, ...inputs });
    printed[period] = { value, target, variance, rag, ...(total !== undefined ? { total } : {}) };
  });
  return { title, rows, printed, printedThresholds };
}

const POP = 47715;

/** Page 24: Number of Children in Care per 10,000. Columns: CiC, Pop., Rate, Target, Variance, RAG. */
export const childrenInCarePer10k = page('Number of Children in Care per 10,000', 'G <=350 | A >351-365 | R >365', [
  [{ cic: 354, population: POP }, '74.2', '84.4', '-12.1%', 'A'],
  [{ cic: 358, population: POP }, '75.0', '74.0', '1.4%', 'A'],
  [{ cic: 371, population: POP }, '77.8', '74.0', '5.1%', 'R'],
  [{ cic: 371, population: POP }, '77.8', '74.0', '5.1%', 'R'],
  [{ cic: 362, population: POP }, '75.9', '74.0', '2.5%', 'A'],
  [{ cic: 366, population: POP }, '76.7', '74.0', '3.7%', 'R'],
  [{ cic: 372, population: POP }, '78.0', '74.0', '5.4%', 'R'],
  [{ cic: 371, population: POP }, '77.8', '74.0', '5.1%', 'R'],
  [{ cic: 364, population: POP }, '76.3', '74.0', '3.1%', 'A'],
  [{ cic: 361, population: POP }, '75.7', '74.0', '2.2%', 'A'],
  [{ cic: 352, population: POP }, '73.8', '74.0', '-0.3%', 'A'],
  [{ cic: 363, population: POP }, '76.1', '74.0', '2.8%', 'A'],
  [{ cic: 363, population: POP }, '76.1', '74.0', '2.8%', 'A'],
  [{ cic: 362, population: POP }, '75.9', '74.0', '2.5%', 'A'],
  [{ cic: 372, population: POP }, '78.0', '74.0', '5.4%', 'R'],
  [{ cic: 381, population: POP }, '79.8', '74.0', '7.9%', 'R'],
  [{ cic: 373, population: POP }, '78.2', '74.0', '5.6%', 'R'],
  [{ cic: 373, population: POP }, '78.2', '', '#DIV/0!', ''],
]);

/** Page 25: Admissions of Children in Care per 10,000 (rolling 12 months). Columns: CiC (month), 12 Mths, Rate, Target, Variance, RAG. */
export const admissionsPer10k = page('Admissions of Children in Care per 10,000', 'G = | A > | R < (no thresholds printed)', [
  [{ admissions: 9 }, '44.0', '38.0', '15.8%', 'A', 210],
  [{ admissions: 15 }, '43.8', '38.0', '15.3%', 'A', 209],
  [{ admissions: 34 }, '45.7', '38.0', '20.2%', 'A', 218],
  [{ admissions: 9 }, '43.2', '38.0', '13.6%', 'R', 206],
  [{ admissions: 14 }, '43.2', '38.0', '13.6%', 'R', 206],
  [{ admissions: 18 }, '44.6', '38.0', '17.5%', 'R', 213],
  [{ admissions: 17 }, '44.4', '38.0', '16.9%', 'R', 212],
  [{ admissions: 24 }, '45.3', '38.0', '19.1%', 'R', 216],
  [{ admissions: 16 }, '46.9', '38.0', '23.5%', 'R', 224],
  [{ admissions: 10 }, '44.2', '38.0', '16.4%', 'A', 211],
  [{ admissions: 18 }, '43.6', '38.0', '14.7%', 'A', 208],
  [{ admissions: 15 }, '41.5', '38.0', '9.2%', 'A', 198],
  [{ admissions: 17 }, '43.4', '38.0', '14.2%', 'A', 207],
  [{ admissions: 23 }, '45.1', '38.0', '18.6%', 'A', 215],
  [{ admissions: 29 }, '44.0', '38.0', '15.8%', 'A', 210],
  [{ admissions: 15 }, '45.3', '38.0', '19.1%', 'A', 216],
  [{ admissions: 10 }, '44.4', '38.0', '16.9%', 'A', 212],
  [{ admissions: 8 }, '42.3', '38.0', '11.4%', 'A', 202],
]);

/** Page 26: Children who have ceased to be in care per 10,000 (rolling 12 months). */
export const ceasedPer10k = page('Number of Children who have ceased to be Children in Care per 10,000', 'G = | A > | R < (no thresholds printed)', [
  [{ ceased: 16 }, '40.9', '38.0', '7.5%', 'R', 195],
  [{ ceased: 10 }, '40.9', '38.0', '7.5%', 'R', 195],
  [{ ceased: 21 }, '39.4', '38.0', '3.7%', 'R', 188],
  [{ ceased: 12 }, '36.7', '38.0', '-3.5%', 'R', 175],
  [{ ceased: 20 }, '38.6', '38.0', '1.5%', 'R', 184],
  [{ ceased: 11 }, '36.7', '38.0', '-3.5%', 'R', 175],
  [{ ceased: 12 }, '35.6', '38.0', '-6.2%', 'G', 170],
  [{ ceased: 33 }, '39.6', '38.0', '4.2%', 'A', 189],
  [{ ceased: 18 }, '38.4', '38.0', '0.9%', 'A', 183],
  [{ ceased: 16 }, '38.6', '38.0', '1.5%', 'A', 184],
  [{ ceased: 14 }, '38.8', '38.0', '2.0%', 'A', 185],
  [{ ceased: 19 }, '40.4', '38.0', '6.4%', 'A', 193],
  [{ ceased: 15 }, '42.1', '38.0', '10.9%', 'A', 201],
  [{ ceased: 24 }, '45.1', '38.0', '18.6%', 'A', 215],
  [{ ceased: 11 }, '43.0', '38.0', '13.1%', 'A', 205],
  [{ ceased: 11 }, '42.1', '38.0', '10.9%', 'A', 201],
  [{ ceased: 10 }, '40.7', '38.0', '7.0%', 'A', 194],
  [{ ceased: 8 }, '40.0', '38.0', '5.3%', 'A', 191],
]);

/** Page 28: Placement stability, 3 or more placements in the previous 12 months. Columns: Num., Denom., %, Target, Variance, RAG. */
export const threeOrMorePlacements = page('Placement Stability: 3 or more placements during previous 12 months for CiC', 'G <= 8.5% | A > 8.6-10% | R > 10', [
  [{ placements3: 32, cic: 354 }, '9.0%', '10.1%', '-1.1', 'G'],
  [{ placements3: 32, cic: 358 }, '8.9%', '9.5%', '-0.6', 'G'],
  [{ placements3: 29, cic: 371 }, '7.8%', '9.5%', '-1.7', 'G'],
  [{ placements3: 21, cic: 371 }, '5.7%', '9.5%', '-3.8', 'G'],
  [{ placements3: 24, cic: 362 }, '6.6%', '9.5%', '-2.9', 'A'],
  [{ placements3: 26, cic: 366 }, '7.1%', '9.5%', '-2.4', 'A'],
  [{ placements3: 30, cic: 372 }, '8.1%', '9.5%', '-1.4', 'G'],
  [{ placements3: 29, cic: 371 }, '7.8%', '9.5%', '-1.7', 'G'],
  [{ placements3: 30, cic: 364 }, '8.2%', '9.5%', '-1.3', 'G'],
  [{ placements3: 30, cic: 361 }, '8.3%', '9.5%', '-1.2', 'G'],
  [{ placements3: 27, cic: 352 }, '7.7%', '9.5%', '-1.8', 'G'],
  [{ placements3: 23, cic: 363 }, '6.3%', '9.5%', '-3.2', 'G'],
  [{ placements3: 27, cic: 363 }, '7.4%', '8.5%', '-1.1', 'G'],
  [{ placements3: 21, cic: 362 }, '5.8%', '8.5%', '-2.7', 'G'],
  [{ placements3: 23, cic: 372 }, '6.2%', '8.5%', '-2.3', 'G'],
  [{ placements3: 24, cic: 381 }, '6.3%', '8.5%', '-2.2', 'G'],
  [{ placements3: 22, cic: 373 }, '5.9%', '8.5%', '-2.6', 'G'],
  [{ placements3: 23, cic: 373 }, '6.2%', '8.5%', '-2.3', 'G'],
]);

/** Page 30: Children in care reviews held within timescales. */
export const reviewsInTime = page('Children in Care Reviews held within timescales', 'G = 100% | A > 98% | R < 98%', [
  [{ reviewsInTime: 347, reviewsDue: 348 }, '99.7%', '98.0%', '1.7', 'A'],
  [{ reviewsInTime: 350, reviewsDue: 351 }, '99.7%', '100.0%', '-0.3', 'A'],
  [{ reviewsInTime: 347, reviewsDue: 348 }, '99.7%', '100.0%', '-0.3', 'A'],
  [{ reviewsInTime: 365, reviewsDue: 366 }, '99.7%', '100.0%', '-0.3', 'A'],
  [{ reviewsInTime: 355, reviewsDue: 356 }, '99.7%', '100.0%', '-0.3', 'A'],
  [{ reviewsInTime: 353, reviewsDue: 354 }, '99.7%', '100.0%', '-0.3', 'A'],
  [{ reviewsInTime: 360, reviewsDue: 362 }, '99.4%', '100.0%', '-0.6', 'A'],
  [{ reviewsInTime: 352, reviewsDue: 354 }, '99.4%', '100.0%', '-0.6', 'A'],
  [{ reviewsInTime: 358, reviewsDue: 358 }, '100.0%', '100.0%', '0.0', 'G'],
  [{ reviewsInTime: 352, reviewsDue: 355 }, '99.2%', '100.0%', '-0.8', 'A'],
  [{ reviewsInTime: 349, reviewsDue: 352 }, '99.1%', '100.0%', '-0.9', 'A'],
  [{ reviewsInTime: 351, reviewsDue: 354 }, '99.2%', '100.0%', '-0.8', 'A'],
  [{ reviewsInTime: 349, reviewsDue: 352 }, '99.1%', '100.0%', '-0.9', 'A'],
  [{ reviewsInTime: 343, reviewsDue: 346 }, '99.1%', '100.0%', '-0.9', 'A'],
  [{ reviewsInTime: 351, reviewsDue: 354 }, '99.2%', '100.0%', '-0.8', 'A'],
  [{ reviewsInTime: 364, reviewsDue: 367 }, '99.2%', '100.0%', '-0.8', 'A'],
  [{ reviewsInTime: 368, reviewsDue: 371 }, '99.2%', '100.0%', '-0.8', 'A'],
  [{ reviewsInTime: 368, reviewsDue: 371 }, '99.2%', '100.0%', '-0.8', 'A'],
]);

/** Page 39: Personal Education Plans (PEPs). */
export const personalEducationPlans = page('Personal Education Plans (PEPs)', 'G = >98% | A=95%-97% | R < 95%', [
  [{ pepsDone: 222, pepsDue: 243 }, '91.4%', '95.0%', '-3.6', 'G'],
  [{ pepsDone: 233, pepsDue: 248 }, '94.0%', '95.0%', '-1.0', 'G'],
  [{ pepsDone: 232, pepsDue: 254 }, '91.3%', '95.0%', '-3.7', 'G'],
  [{ pepsDone: 253, pepsDue: 254 }, '99.6%', '95.0%', '4.6', 'R'],
  [{ pepsDone: 250, pepsDue: 253 }, '98.8%', '95.0%', '3.8', 'A'],
  [{ pepsDone: 219, pepsDue: 224 }, '97.8%', '95.0%', '2.8', 'A'],
  [{ pepsDone: 219, pepsDue: 224 }, '97.8%', '95.0%', '2.8', 'G'],
  [{ pepsDone: 218, pepsDue: 222 }, '98.2%', '95.0%', '3.2', 'G'],
  [{ pepsDone: 220, pepsDue: 223 }, '98.7%', '95.0%', '3.7', 'G'],
  [{ pepsDone: 220, pepsDue: 223 }, '98.7%', '95.0%', '3.7', 'G'],
  [{ pepsDone: 221, pepsDue: 221 }, '100.0%', '95.0%', '5.0', 'A'],
  [{ pepsDone: 233, pepsDue: 235 }, '99.1%', '95.0%', '4.1', 'G'],
  [{ pepsDone: 209, pepsDue: 210 }, '99.5%', '98.0%', '1.5', 'G'],
  [{ pepsDone: 212, pepsDue: 218 }, '97.2%', '98.0%', '-0.8', 'A'],
  [{ pepsDone: 214, pepsDue: 214 }, '100.0%', '98.0%', '2.0', 'G'],
  [{ pepsDone: 225, pepsDue: 225 }, '100.0%', '98.0%', '2.0', 'G'],
  [{ pepsDone: 208, pepsDue: 208 }, '100.0%', '98.0%', '2.0', 'G'],
  [{ pepsDone: 208, pepsDue: 208 }, '100.0%', '98.0%', '2.0', 'G'],
]);

/**
 * The contents page's "Latest Data" for September 2017 for these six
 * indicators: value, RAG and the direction-of-travel arrow as printed.
 */
export const contents = {
  childrenInCarePer10k: { actual: '78.2', rag: 'R', arrow: '↓' },
  admissionsPer10k: { actual: '42.3', rag: 'A', arrow: '↑' },
  ceasedPer10k: { actual: '40.0', rag: 'A', arrow: '↓' },
  threeOrMorePlacements: { actual: '6.2%', rag: 'G', arrow: '↑' },
  reviewsInTime: { actual: '99.2%', rag: 'A', arrow: '↑' },
  personalEducationPlans: { actual: '100.0%', rag: 'G', arrow: '↑' },
} as const;
