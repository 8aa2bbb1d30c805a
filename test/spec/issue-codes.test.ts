/**
 * Spec issues carry a stable code beside the message: zod's shape issues are
 * mapped to ours, and an own `__proto__` key (as `JSON.parse` makes it) is an
 * error naming it rather than a key that silently vanishes.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validateSpec } from 'council-indicators';
import { base, issuesOf } from './fixtures.js';

const codes = (input: unknown) => issuesOf(input).map((i) => [i.path, i.code]);

describe('codes of shape issues', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['a value of the wrong type', { ...base, title: [] }, [['title', 'wrong-type']]],
    ['a spec that is not an object', 'pathway-plans', [['', 'wrong-type']]],
    ['a component in none of its forms', { ...base, numerator: [] }, [['numerator', 'wrong-type']]],
    ['a missing key', { ...base, title: undefined }, [['title', 'missing-key']]],
    ['a missing choice', { ...base, polarity: undefined }, [['polarity', 'missing-key']]],
    ['an unknown key', { ...base, decimls: 1 }, [['decimls', 'unknown-key']]],
    ['an unknown nested key', { ...base, rag: { bands: [{ rating: 'green', colour: 'green' }] } }, [['rag.bands[0].colour', 'unknown-key']]],
    ['a number too small', { ...base, window: { type: 'rolling', months: 0 } }, [['window.months', 'out-of-range']]],
    ['a number too big', { ...base, decimals: 11 }, [['decimals', 'out-of-range']]],
    ['a number too small to compute with', { ...base, target: 1e-12 }, [['target', 'out-of-range']]],
    ['a negative fixed value', { ...base, denominator: { value: -1 } }, [['denominator.value', 'out-of-range']]],
    ['an empty list of bands', { ...base, rag: { bands: [] } }, [['rag.bands', 'out-of-range']]],
    ['an id that is not kebab-case', { ...base, id: 'Pathway Plans' }, [['id', 'bad-id']]],
    ['a benchmark name that is not kebab-case', { ...base, benchmarks: { England: [{ from: '2017-04', value: 1 }] } }, [['benchmarks.England', 'bad-id']]],
    ['a month not in YYYY-MM form', { ...base, target: [{ from: '2017-4', value: 90 }] }, [['target[0].from', 'bad-format']]],
    ['an unknown choice', { ...base, polarity: 'higher' }, [['polarity', 'bad-choice']]],
    ['an unknown rating inside a RAG', { ...base, rag: { bands: [{ rating: 'gren' }] } }, [['rag.bands[0].rating', 'bad-choice']]],
    ['an unknown measure type', { ...base, measure: { type: 'percent' } }, [['measure.type', 'bad-choice']]],
  ])('%s', (_, input, expected) => {
    expect(codes(input)).toEqual(expected);
  });

  it('names the choices of an unknown measure or window type', () => {
    expect(issuesOf({ ...base, measure: { type: 'percent' } })[0]!.message).toBe(
      'Invalid option: expected one of "percentage"|"rate"|"count"|"mean"|"ratio"|"difference"',
    );
    expect(issuesOf({ ...base, window: { type: 'ytd' } })[0]!.message).toBe('Invalid option: expected one of "period"|"rolling"|"year-to-date"');
  });

  it('says which forms a component can take when it has none of them', () => {
    for (const numerator of [undefined, [], 5]) {
      expect(issuesOf({ ...base, numerator })).toEqual([
        {
          code: numerator === undefined ? 'missing-key' : 'wrong-type',
          path: 'numerator',
          message: `${numerator === undefined ? 'numerator is required: ' : ''}expected a field name, { field, aggregate } or { value }`,
        },
      ]);
    }
  });

  it('words the shape messages in English', () => {
    expect(issuesOf({ ...base, decimals: Infinity })[0]!.message).toBe('Invalid input: expected number, received Infinity');
    expect(issuesOf({ ...base, title: new Date(0) })[0]!.message).toBe('Invalid input: expected string, received Date');
    expect(issuesOf({ ...base, window: { type: 'rolling', months: 121 } })[0]!.message).toBe('Too big: expected number to be <=120');
    expect(issuesOf({ ...base, target: [] })[0]!.message).toBe('Too small: expected array to have >=1 items');
    expect(issuesOf({ ...base, a: 1, b: 2 }).map((i) => [i.path, i.message])).toEqual([
      ['a', 'Unrecognized key: "a"'],
      ['b', 'Unrecognized key: "b"'],
    ]);
  });
});

describe("zod's global config", () => {
  it('does not change the messages: the package passes its own to each parse', () => {
    z.config({ customError: () => 'a message from the host application' });
    try {
      expect(issuesOf({ ...base, title: [], decimls: 1 }).map((i) => i.message)).toEqual([
        'Invalid input: expected string, received array',
        'Unrecognized key: "decimls"; did you mean "decimals"?',
      ]);
    } finally {
      z.config({ customError: undefined });
    }
  });
});

describe('__proto__ keys', () => {
  const proto = '"__proto__" cannot be a key: JavaScript reads it as the object\'s prototype, so the entry would be lost; use another name';

  it('rejects a benchmark named __proto__, which a record would drop without a word', () => {
    const input: unknown = JSON.parse(
      JSON.stringify({ ...base, benchmarks: { england: [{ from: '2017-04', value: 1 }] } }).replace('"england"', '"__proto__"'),
    );
    expect(issuesOf(input)).toEqual([{ code: 'forbidden-key', path: 'benchmarks.__proto__', message: proto }]);
  });

  it('rejects it beside other benchmarks too', () => {
    const input: unknown = JSON.parse(
      '{"id":"a","title":"A","measure":{"type":"count"},"numerator":"n","polarity":"neutral",' +
        '"benchmarks":{"england":[{"from":"2017-04","value":1}],"__proto__":[{"from":"2017-04","value":2}]}}',
    );
    expect(codes(input)).toEqual([['benchmarks.__proto__', 'forbidden-key']]);
  });

  it('names it once, as forbidden, in a strict object, at the top level and inside a band', () => {
    const top: unknown = JSON.parse(`{"__proto__":{"decimals":3},${JSON.stringify(base).slice(1)}`);
    expect(codes(top)).toEqual([['__proto__', 'forbidden-key']]);
    const band: unknown = JSON.parse(JSON.stringify({ ...base, rag: { bands: [{ rating: 'green', label: 'x' }] } }).replace('"label"', '"__proto__"'));
    expect(codes(band)).toEqual([['rag.bands[0].__proto__', 'forbidden-key']]);
  });

  it('reports it beside the other issues of the spec', () => {
    const input: unknown = JSON.parse(
      '{"id":"Bad Id","title":"A","measure":{"type":"count"},"numerator":"n","polarity":"neutral","benchmarks":{"__proto__":[]}}',
    );
    expect(codes(input)).toEqual([
      ['benchmarks.__proto__', 'forbidden-key'],
      ['id', 'bad-id'],
    ]);
  });

  it('is not confused by the inherited __proto__ of ordinary objects', () => {
    expect(validateSpec({ ...base, benchmarks: { england: [{ from: '2017-04', value: 61 }] } }).ok).toBe(true);
    expect(validateSpec(JSON.parse(JSON.stringify(base))).ok).toBe(true);
  });
});

describe('deep input', () => {
  it('returns issues for input nested far deeper than any spec, without overflowing', () => {
    let deep: unknown = { '__proto__': 1 };
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const result = validateSpec({ ...base, rag: deep });
    expect(result.ok).toBe(false);
  });
});
