/**
 * IndicatorError and isIndicatorError: the one error type users catch, its
 * summary message and the guard that works across ESM/CJS copies.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { computeIndicator, defineIndicator, IndicatorError, isIndicatorError } from 'council-indicators';
import type { IndicatorErrorCode, IndicatorIssue, IndicatorSpecInput } from 'council-indicators';
import { thrown } from './helpers.js';

function issues(n: number): IndicatorIssue[] {
  return Array.from({ length: n }, (_, i) => ({ code: 'not-a-number', path: `rows[${i}].n`, message: `problem ${i}` }));
}

describe('IndicatorError', () => {
  it('has name, code and issues', () => {
    const list: IndicatorIssue[] = [{ code: 'bad-period', path: 'rows[0].period', message: 'period "2017-13" is not a month in YYYY-MM form', row: 0, field: 'period' }];
    const error = new IndicatorError('INVALID_DATA', list);
    expect(error.name).toBe('IndicatorError');
    expect(error.code).toBe('INVALID_DATA');
    expect(error.issues).toEqual(list);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(IndicatorError);
    expect(String(error)).toBe('IndicatorError: Invalid data: rows[0].period: period "2017-13" is not a month in YYYY-MM form');
  });

  it.each<[IndicatorErrorCode, string]>([
    ['INVALID_SPEC', 'Invalid indicator spec: id: bad'],
    ['INVALID_DATA', 'Invalid data: id: bad'],
    ['INVALID_OPTIONS', 'Invalid options: id: bad'],
  ])('labels %s in its message', (code, message) => {
    expect(new IndicatorError(code, [{ code: 'bad-id', path: 'id', message: 'bad' }]).message).toBe(message);
  });

  it('joins up to five issues with "; " as "path: message"', () => {
    expect(new IndicatorError('INVALID_DATA', issues(2)).message).toBe('Invalid data: rows[0].n: problem 0; rows[1].n: problem 1');
    expect(new IndicatorError('INVALID_DATA', issues(5)).message).toBe(
      'Invalid data: rows[0].n: problem 0; rows[1].n: problem 1; rows[2].n: problem 2; rows[3].n: problem 3; rows[4].n: problem 4',
    );
  });

  it('summarises the first five issues and counts the rest', () => {
    const five =
      'Invalid data: rows[0].n: problem 0; rows[1].n: problem 1; rows[2].n: problem 2; rows[3].n: problem 3; rows[4].n: problem 4';
    expect(new IndicatorError('INVALID_DATA', issues(6)).message).toBe(`${five}; and 1 more`);
    expect(new IndicatorError('INVALID_DATA', issues(7)).message).toBe(`${five}; and 2 more`);
    expect(new IndicatorError('INVALID_DATA', issues(105)).message).toBe(`${five}; and 100 more`);
    // The summary is shortened, the list is not.
    expect(new IndicatorError('INVALID_DATA', issues(7)).issues).toHaveLength(7);
  });

  it('shows the message alone for an issue without a path', () => {
    expect(new IndicatorError('INVALID_SPEC', [{ code: 'unknown-key', path: '', message: 'Unrecognized key: "decimls"' }]).message).toBe(
      'Invalid indicator spec: Unrecognized key: "decimls"',
    );
  });
});

describe('isIndicatorError', () => {
  it('is true for an IndicatorError', () => {
    expect(isIndicatorError(new IndicatorError('INVALID_OPTIONS', [{ code: 'bad-period', path: 'from', message: 'x' }]))).toBe(true);
  });

  it('is false for look-alikes and other values', () => {
    const plain = new Error('other');
    const withFields = Object.assign(new Error('x'), { name: 'IndicatorError', code: 'INVALID_SPEC', issues: [] });
    const object = { name: 'IndicatorError', code: 'INVALID_DATA', issues: [{ path: 'rows', message: 'x' }], message: 'x' };
    const copy = { ...new IndicatorError('INVALID_DATA', issues(1)) };
    for (const value of [plain, withFields, object, copy, null, undefined, 'IndicatorError', 'INVALID_SPEC', 0, 1, true, [], {}]) {
      expect(isIndicatorError(value), String(value)).toBe(false);
    }
  });

  it('narrows unknown to IndicatorError', () => {
    const value: unknown = new IndicatorError('INVALID_SPEC', []);
    if (isIndicatorError(value)) {
      expectTypeOf(value).toEqualTypeOf<IndicatorError>();
      expectTypeOf(value.code).toEqualTypeOf<IndicatorErrorCode>();
      expect(value.code).toBe('INVALID_SPEC');
    } else {
      expect.unreachable('an IndicatorError must pass the guard');
    }
  });

  it('recognises the error thrown by defineIndicator', () => {
    const error = thrown(() => defineIndicator({ id: 'Not Kebab' } as unknown as IndicatorSpecInput));
    expect(isIndicatorError(error)).toBe(true);
    if (!isIndicatorError(error)) return;
    expect(error.code).toBe('INVALID_SPEC');
    expect(error.issues.map((i) => i.path)).toContain('id');
    expect(error.message.startsWith('Invalid indicator spec: id: id must be kebab-case, e.g. "cic-admissions-rate"')).toBe(true);
  });

  it('recognises the errors thrown by computeIndicator', () => {
    const spec = defineIndicator({ id: 'admissions', title: 'Admissions', measure: { type: 'count' }, numerator: 'n', polarity: 'neutral' });

    const data = thrown(() => computeIndicator(spec, [{ period: '2017-13', n: 1 }]));
    expect(isIndicatorError(data)).toBe(true);
    if (isIndicatorError(data)) expect(data.code).toBe('INVALID_DATA');

    const options = thrown(() => computeIndicator(spec, [{ period: '2017-09', n: 1 }], { from: '2017-9' }));
    expect(isIndicatorError(options)).toBe(true);
    if (isIndicatorError(options)) expect(options.code).toBe('INVALID_OPTIONS');

    const invalidSpec = thrown(() => computeIndicator({ id: 'x' } as unknown as IndicatorSpecInput, []));
    expect(isIndicatorError(invalidSpec)).toBe(true);
    if (isIndicatorError(invalidSpec)) expect(invalidSpec.code).toBe('INVALID_SPEC');
  });
});
