/** Misspelt measure types and options: plain English and a "did you mean", not zod's words. */
import { describe, expect, it } from 'vitest';
import { bankHolidays, deriveMonthly } from 'council-indicators/records';
import type { RecordMeasure } from 'council-indicators/records';
import { indicatorErrorOf } from '../helpers.js';

const spec = (measures: unknown) =>
  indicatorErrorOf(() => deriveMonthly({ children: [], episodes: [], coverage: { from: '2017-01', to: '2017-01' } }, { from: '2017-01', to: '2017-01', measures: measures as Record<string, RecordMeasure> }));

describe('measure definitions', () => {
  it('a misspelt type: the types there are, and the one meant', () => {
    const error = spec({ inCare: { type: 'incare' }, x: { type: 'event' }, y: { type: 'nothing-like' } });
    expect(error.code).toBe('INVALID_SPEC');
    expect(error.issues).toEqual([
      {
        code: 'bad-choice',
        path: 'measures.inCare.type',
        message: 'measure type "incare" is not one of in-care, started, ended, placements, long-term-stability, event-within, days-between, events; did you mean "in-care"?',
      },
      { code: 'bad-choice', path: 'measures.x.type', message: expect.stringMatching(/; did you mean "events"\?$/) },
      { code: 'bad-choice', path: 'measures.y.type', message: expect.not.stringMatching(/did you mean/) },
    ]);
    expect(error.message).not.toMatch(/discriminator/);
  });

  it('a missing or non-text type', () => {
    expect(spec({ a: { event: 'missing' } }).issues).toEqual([
      { code: 'missing-key', path: 'measures.a.type', message: expect.stringMatching(/^the measure has no type: give one of in-care, started/) },
    ]);
    expect(spec({ a: { type: 7 } }).issues[0]).toMatchObject({ code: 'wrong-type', path: 'measures.a.type' });
  });

  it('a misspelt option: at its own path, with the one meant and the options there are', () => {
    const error = spec({ missing: { type: 'events', event: 'missing', distinctchildren: true } });
    expect(error.issues).toEqual([
      {
        code: 'unknown-key',
        path: 'measures.missing.distinctchildren',
        message: '"distinctchildren" is not an option of an "events" measure; did you mean "distinctChildren"? Its options are type, event, distinctChildren',
      },
    ]);
  });

  it('misspelt keys in a filter, in hadEvent and in a duration; several keys, one issue each', () => {
    const error = spec({
      a: { type: 'in-care', filter: { agebelow: 16, hadevent: { type: 'x', withinMonths: 1 } } },
      b: { type: 'in-care', filter: { hadEvent: { type: 'x', withinMonth: 1 } } },
      c: { type: 'started', filter: { inCareAtLeast: { month: 1 } } },
    });
    const byPath = Object.fromEntries(error.issues.filter((i) => i.code === 'unknown-key').map((i) => [i.path, i.message]));
    expect(byPath['measures.a.filter.agebelow']).toMatch(/^"agebelow" is not an option of a filter; did you mean "ageBelow"\? Its options are ageAtLeast, ageBelow,/);
    expect(byPath['measures.a.filter.hadevent']).toMatch(/did you mean "hadEvent"\?/);
    expect(byPath['measures.b.filter.hadEvent.withinMonth']).toBe('"withinMonth" is not an option of hadEvent; did you mean "withinMonths"? Its options are type, withinMonths');
    expect(byPath['measures.c.filter.inCareAtLeast.month']).toBe('"month" is not an option of a duration; did you mean "months"? Its options are days, months, years');
  });

  it('does not suggest an option already given', () => {
    const error = spec({ m: { type: 'events', event: 'missing', events: 'x' } });
    expect(error.issues[0]!.message).toBe('"events" is not an option of an "events" measure. Its options are type, event, distinctChildren');
  });
});

describe('bankHolidays takes the region as the working-day functions do', () => {
  it('as text or as { region }', () => {
    expect(bankHolidays(2026, { region: 'scotland' })).toEqual(bankHolidays(2026, 'scotland'));
    expect(bankHolidays(2026, { region: 'scotland' })).toContain('2026-11-30');
    expect(bankHolidays(2026, {})).toEqual(bankHolidays(2026));
  });

  it('says exactly what to write for anything else', () => {
    const wrongRegion = indicatorErrorOf(() => bankHolidays(2026, { region: 'wales' as never }));
    expect(wrongRegion.issues).toEqual([{ code: 'bad-region', path: 'region.region', message: 'region "wales" is not one of england-and-wales, scotland, northern-ireland' }]);
    const extra = indicatorErrorOf(() => bankHolidays(2026, { extraHolidays: ['2026-05-05'] } as never));
    expect(extra.code).toBe('INVALID_OPTIONS');
    expect(extra.issues[0]).toMatchObject({ code: 'bad-option', path: 'region.extraHolidays' });
    expect(extra.issues[0]!.message).toContain("write bankHolidays(2026, 'scotland') or bankHolidays(2026, { region: 'scotland' })");
    const number = indicatorErrorOf(() => bankHolidays(2026, 3 as never));
    expect(number.issues[0]!.message).toContain('as text or as { region }');
  });
});
