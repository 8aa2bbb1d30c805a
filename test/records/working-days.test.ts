import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isIndicatorError } from '../../src/errors.js';
import {
  addWorkingDays,
  bankHolidays,
  isWorkingDay,
  workingDaysBetween,
  type UkRegion,
  type WorkingDayOptions,
} from '../../src/records/working-days.js';
import { thrown } from '../helpers.js';

const REGIONS: UkRegion[] = ['england-and-wales', 'scotland', 'northern-ireland'];
const DAY_MS = 86_400_000;

// --- An independent, day-by-day reference (UTC-only Date arithmetic). -------

function toMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function shift(date: string, days: number): string {
  return fromMs(toMs(date) + days * DAY_MS);
}

const holidayCache = new Map<string, Set<string>>();
function holidaySet(year: number, region: UkRegion): Set<string> {
  const key = `${region}:${year}`;
  let set = holidayCache.get(key);
  if (set === undefined) {
    set = new Set(bankHolidays(year, region));
    holidayCache.set(key, set);
  }
  return set;
}

function slowIsWorkingDay(date: string, region: UkRegion, extra: readonly string[] = []): boolean {
  const weekday = new Date(toMs(date)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidaySet(Number(date.slice(0, 4)), region).has(date) && !extra.includes(date);
}

function slowBetween(a: string, b: string, region: UkRegion, extra: readonly string[] = []): number {
  const [from, to, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let d = shift(from, 1); d <= to; d = shift(d, 1)) if (slowIsWorkingDay(d, region, extra)) count += 1;
  return count === 0 ? 0 : sign * count;
}

function slowAdd(date: string, n: number, region: UkRegion, extra: readonly string[] = []): string {
  if (n === 0) {
    let d = date;
    while (!slowIsWorkingDay(d, region, extra)) d = shift(d, 1);
    return d;
  }
  const step = n > 0 ? 1 : -1;
  let d = date;
  for (let left = Math.abs(n); left > 0; ) {
    d = shift(d, step);
    if (slowIsWorkingDay(d, region, extra)) left -= 1;
  }
  return d;
}

// --- Arbitraries. -------------------------------------------------------------

/** A date from `first` to `last` inclusive. */
const dateIn = (first: string, last: string): fc.Arbitrary<string> =>
  fc.integer({ min: toMs(first) / DAY_MS, max: toMs(last) / DAY_MS }).map((day) => fromMs(day * DAY_MS));

/** Far enough from the edges of 1995 to 2100 for spans of about three years. */
const anyDate = dateIn('1998-01-10', '2097-06-30');
const region = fc.constantFrom(...REGIONS);

// --- Examples. ----------------------------------------------------------------

describe('isWorkingDay', () => {
  it('is false at weekends and on bank holidays, true otherwise', () => {
    expect(isWorkingDay('2024-12-24')).toBe(true);
    expect(isWorkingDay('2024-12-25')).toBe(false);
    expect(isWorkingDay('2024-12-28')).toBe(false);
    expect(isWorkingDay('2024-12-29')).toBe(false);
    expect(isWorkingDay('2024-12-02')).toBe(true);
    expect(isWorkingDay('2024-12-02', { region: 'scotland' })).toBe(false);
    expect(isWorkingDay('2025-07-14', { region: 'northern-ireland' })).toBe(false);
    expect(isWorkingDay('2025-07-14')).toBe(true);
  });

  it('respects extraHolidays', () => {
    expect(isWorkingDay('2024-12-24', { extraHolidays: ['2024-12-24'] })).toBe(false);
    expect(isWorkingDay('2024-12-23', { extraHolidays: ['2024-12-24'] })).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('skips weekends and bank holidays', () => {
    expect(addWorkingDays('2023-12-22', 1)).toBe('2023-12-27');
    expect(addWorkingDays('2023-12-22', 2)).toBe('2023-12-28');
    expect(addWorkingDays('2024-03-28', 1)).toBe('2024-04-02');
    expect(addWorkingDays('2024-03-28', 1, { region: 'scotland' })).toBe('2024-04-01');
    expect(addWorkingDays('2022-09-16', 1)).toBe('2022-09-20');
    expect(addWorkingDays('2022-05-31', 2)).toBe('2022-06-06');
  });

  it('counts from the day after the date even when the date is not a working day', () => {
    expect(addWorkingDays('2023-12-23', 1)).toBe('2023-12-27');
    expect(addWorkingDays('2023-12-25', 1)).toBe('2023-12-27');
  });

  it('with n = 0 gives the date if it is a working day, else the next working day', () => {
    expect(addWorkingDays('2023-12-21', 0)).toBe('2023-12-21');
    expect(addWorkingDays('2023-12-23', 0)).toBe('2023-12-27');
    expect(addWorkingDays('2023-12-25', 0)).toBe('2023-12-27');
  });

  it('with negative n gives the |n|-th working day before the date', () => {
    expect(addWorkingDays('2023-12-27', -1)).toBe('2023-12-22');
    expect(addWorkingDays('2023-12-25', -1)).toBe('2023-12-22');
    expect(addWorkingDays('2023-12-27', -2)).toBe('2023-12-21');
    expect(addWorkingDays('2024-04-02', -1)).toBe('2024-03-28');
  });

  it('steps over long spans exactly', () => {
    expect(addWorkingDays('2000-01-04', 25_000)).toBe(slowAdd('2000-01-04', 25_000, 'england-and-wales'));
    expect(addWorkingDays('2099-12-31', -25_000, { region: 'scotland' })).toBe(
      slowAdd('2099-12-31', -25_000, 'scotland'),
    );
  });

  it('reaches the edges of the supported range', () => {
    expect(addWorkingDays('2100-12-24', 3)).toBe(slowAdd('2100-12-24', 3, 'england-and-wales'));
    expect(addWorkingDays('1995-01-10', -5)).toBe(slowAdd('1995-01-10', -5, 'england-and-wales'));
  });
});

describe('workingDaysBetween', () => {
  it('counts working days d with a < d <= b', () => {
    expect(workingDaysBetween('2023-12-22', '2023-12-27')).toBe(1);
    expect(workingDaysBetween('2023-12-21', '2023-12-22')).toBe(1);
    expect(workingDaysBetween('2023-12-22', '2023-12-26')).toBe(0);
    expect(workingDaysBetween('2023-12-22', '2023-12-22')).toBe(0);
    expect(workingDaysBetween('2023-12-27', '2023-12-22')).toBe(-1);
  });

  it('counts a whole year', () => {
    // 2024: 262 weekdays, 8 bank holidays (England and Wales), 1 January excluded, 1 January 2025 a holiday.
    expect(workingDaysBetween('2023-12-31', '2024-12-31')).toBe(254);
    expect(workingDaysBetween('2023-12-31', '2024-12-31', { region: 'scotland' })).toBe(262 - 9);
    expect(workingDaysBetween('2023-12-31', '2024-12-31', { region: 'northern-ireland' })).toBe(262 - 10);
  });

  it('agrees with a day-by-day count over ten years and more', () => {
    for (const r of REGIONS) {
      expect(workingDaysBetween('2015-03-14', '2025-11-02', { region: r })).toBe(slowBetween('2015-03-14', '2025-11-02', r));
      expect(workingDaysBetween('2100-12-31', '1995-01-01', { region: r })).toBe(slowBetween('2100-12-31', '1995-01-01', r));
    }
  });

});

// --- Properties. --------------------------------------------------------------

describe('properties', () => {
  it('workingDaysBetween(a, addWorkingDays(a, n)) === n for n >= 1', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 600 }), region, (a, n, r) => {
        expect(workingDaysBetween(a, addWorkingDays(a, n, { region: r }), { region: r })).toBe(n);
      }),
    );
  });

  it('from a working day the same holds for every n', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -600, max: 600 }), region, (date, n, r) => {
        const a = addWorkingDays(date, 0, { region: r });
        expect(workingDaysBetween(a, addWorkingDays(a, n, { region: r }), { region: r })).toBe(n);
      }),
    );
  });

  it('addWorkingDays always gives a working day', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -600, max: 600 }), region, (a, n, r) => {
        const result = addWorkingDays(a, n, { region: r });
        expect(isWorkingDay(result, { region: r })).toBe(true);
        expect(slowIsWorkingDay(result, r)).toBe(true);
      }),
    );
  });

  it('addWorkingDays agrees with stepping day by day', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -40, max: 40 }), region, (a, n, r) => {
        expect(addWorkingDays(a, n, { region: r })).toBe(slowAdd(a, n, r));
      }),
    );
  });

  it.each(REGIONS)('workingDaysBetween agrees with a day-by-day count in %s', (r) => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -1100, max: 1100 }), (a, span) => {
        const b = shift(a, span);
        expect(workingDaysBetween(a, b, { region: r })).toBe(slowBetween(a, b, r));
        expect(workingDaysBetween(b, a, { region: r })).toBe(slowBetween(b, a, r));
      }),
    );
  });

  it('isWorkingDay agrees with the reference', () => {
    fc.assert(
      fc.property(dateIn('1995-01-01', '2100-12-31'), region, (a, r) => {
        expect(isWorkingDay(a, { region: r })).toBe(slowIsWorkingDay(a, r));
      }),
    );
  });

  it('respects extraHolidays', () => {
    const extras = fc.array(dateIn('2019-06-01', '2021-06-30'), { maxLength: 25 });
    fc.assert(
      fc.property(dateIn('2019-09-01', '2021-03-31'), fc.integer({ min: -150, max: 150 }), region, extras, (a, n, r, extra) => {
        const options: WorkingDayOptions = { region: r, extraHolidays: extra };
        const b = shift(a, n);
        expect(workingDaysBetween(a, b, options)).toBe(slowBetween(a, b, r, extra));
        const c = addWorkingDays(a, Math.trunc(n / 3), options);
        expect(c).toBe(slowAdd(a, Math.trunc(n / 3), r, extra));
        for (const d of extra) expect(isWorkingDay(d, options)).toBe(false);
      }),
    );
  });

  it('notices an extraHolidays array changed between calls', () => {
    const extra = ['2024-06-03'];
    expect(isWorkingDay('2024-06-04', { extraHolidays: extra })).toBe(true);
    expect(workingDaysBetween('2024-05-31', '2024-06-07', { extraHolidays: extra })).toBe(4);
    extra.push('2024-06-04');
    expect(isWorkingDay('2024-06-04', { extraHolidays: extra })).toBe(false);
    expect(workingDaysBetween('2024-05-31', '2024-06-07', { extraHolidays: extra })).toBe(3);
  });

  it('does not count an extra holiday that is already a bank holiday or a weekend twice', () => {
    const extraHolidays = ['2023-12-25', '2023-12-25', '2023-12-23', '2023-12-29'];
    expect(workingDaysBetween('2023-12-22', '2024-01-02', { extraHolidays })).toBe(3);
  });
});

// --- Errors. ------------------------------------------------------------------

describe('errors', () => {
  const malformed = [
    '2023-02-29',
    '2023-2-01',
    '2023-02-1',
    '2023-13-01',
    '2023-00-10',
    '2023-01-00',
    '2023-01-32',
    '2023-04-31',
    '2100-02-29',
    '23-01-01',
    '2023/01/01',
    '2023-01-01T00:00:00Z',
    ' 2023-01-01',
    '2023-01-01\n',
    '',
    '+2023-01-01',
    '２０２３-01-01',
  ];

  it.each(malformed)('rejects %j as INVALID_DATA', (bad) => {
    for (const call of [
      () => isWorkingDay(bad),
      () => addWorkingDays(bad, 1),
      () => workingDaysBetween(bad, '2023-01-01'),
      () => workingDaysBetween('2023-01-01', bad),
    ]) {
      const error = thrown(call);
      expect(isIndicatorError(error)).toBe(true);
      expect(error).toMatchObject({ code: 'INVALID_DATA' });
    }
  });

  it('names the date in the message', () => {
    expect(thrown(() => addWorkingDays('2023-02-29', 1))).toMatchObject({
      code: 'INVALID_DATA',
      issues: [{ path: 'date', message: 'date "2023-02-29" is not a real calendar date in YYYY-MM-DD form' }],
    });
    expect(thrown(() => workingDaysBetween('2023-01-01', '2023-2-01'))).toMatchObject({
      issues: [{ path: 'b', message: 'date "2023-2-01" is not a real calendar date in YYYY-MM-DD form' }],
    });
  });

  it('rejects non-strings as INVALID_DATA', () => {
    for (const bad of [undefined, null, 20230101, new Date(0)]) {
      expect(thrown(() => isWorkingDay(bad as unknown as string))).toMatchObject({ code: 'INVALID_DATA' });
    }
  });

  it('accepts 29 February in leap years', () => {
    expect(isWorkingDay('2024-02-29')).toBe(true);
    expect(isWorkingDay('2000-02-29')).toBe(true);
  });

  it('rejects dates outside 1995 to 2100 as INVALID_DATA', () => {
    for (const bad of ['1994-12-31', '2101-01-01', '0001-01-01']) {
      expect(thrown(() => isWorkingDay(bad))).toMatchObject({ code: 'INVALID_DATA', issues: [{ path: 'date' }] });
    }
    expect(isWorkingDay('1995-01-03')).toBe(true);
    expect(isWorkingDay('2100-12-31')).toBe(true);
  });

  it('rejects results outside the supported range as INVALID_DATA', () => {
    expect(thrown(() => addWorkingDays('2100-12-31', 1))).toMatchObject({ code: 'INVALID_DATA' });
    expect(thrown(() => addWorkingDays('1995-01-03', -1))).toMatchObject({ code: 'INVALID_DATA' });
    expect(thrown(() => addWorkingDays('2000-01-04', 1e15))).toMatchObject({ code: 'INVALID_DATA' });
    expect(thrown(() => addWorkingDays('2000-01-04', -Number.MAX_SAFE_INTEGER))).toMatchObject({ code: 'INVALID_DATA' });
  });

  it.each([1.5, -0.25, Number.NaN, Number.POSITIVE_INFINITY, '3' as unknown as number])('rejects n = %s as INVALID_OPTIONS', (n) => {
    expect(thrown(() => addWorkingDays('2023-01-03', n))).toMatchObject({ code: 'INVALID_OPTIONS', issues: [{ path: 'n' }] });
  });

  it('rejects bad options as INVALID_OPTIONS', () => {
    expect(thrown(() => isWorkingDay('2023-01-03', { region: 'wales' as UkRegion }))).toMatchObject({
      code: 'INVALID_OPTIONS',
      issues: [{ path: 'region' }],
    });
    expect(thrown(() => isWorkingDay('2023-01-03', { extraHolidays: ['2023-01-04', '2023-1-5'] }))).toMatchObject({
      code: 'INVALID_OPTIONS',
      issues: [{ path: 'extraHolidays[1]' }],
    });
    expect(thrown(() => isWorkingDay('2023-01-03', { extraHolidays: '2023-01-04' as unknown as string[] }))).toMatchObject({
      code: 'INVALID_OPTIONS',
      issues: [{ path: 'extraHolidays' }],
    });
  });
});

// --- Time-zone independence. ------------------------------------------------------

describe('time zones', () => {
  it('the records calendar uses no local-time or string-parsing Date APIs', () => {
    for (const file of ['bank-holidays', 'working-days']) {
      const source = readFileSync(new URL(`../../src/records/${file}.ts`, import.meta.url), 'utf8');
      expect(source).not.toMatch(/\bDate\b(?!\w)|getTimezoneOffset|toLocale|\bIntl\b/);
    }
  });

  it('gives fixed answers (the suite is rerun under other TZ settings)', () => {
    expect(addWorkingDays('2024-03-31', 1)).toBe('2024-04-02');
    expect(addWorkingDays('2024-10-27', 0)).toBe('2024-10-28');
    expect(workingDaysBetween('2024-03-30', '2024-04-06')).toBe(4);
    expect(isWorkingDay('2024-09-07')).toBe(false);
  });
});
