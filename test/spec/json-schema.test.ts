/**
 * indicatorSpecJsonSchema: the JSON Schema of a spec as written. A small
 * checker for the keywords the schema uses shows that it accepts the specs
 * validateSpec accepts and rejects shape errors validateSpec rejects.
 */
import { describe, expect, it } from 'vitest';
import { indicatorSpecJsonSchema, validateSpec } from 'council-indicators';
import type { IndicatorSpecInput } from 'council-indicators';
import { base as minimal, full } from './fixtures.js';

type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'default', 'examples', '$id', '$comment']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const t = typeOf(value);
  return t === type || (type === 'number' && t === 'integer');
}

/**
 * Errors of `value` against `schema` (draft 2020-12 subset). Throws on a
 * keyword it does not know, so that a schema change cannot silently pass.
 */
function errors(schema: Schema, value: unknown, root: Schema, at = '$'): string[] {
  const out: string[] = [];
  for (const [key, rule] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    switch (key) {
      case 'type': {
        const types = Array.isArray(rule) ? (rule as string[]) : [rule as string];
        if (!types.some((t) => matchesType(value, t))) out.push(`${at}: expected ${types.join('|')}`);
        break;
      }
      case 'enum':
        if (!(rule as unknown[]).includes(value)) out.push(`${at}: not in enum`);
        break;
      case 'const':
        if (value !== rule) out.push(`${at}: expected ${JSON.stringify(rule)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value)) out.push(`${at}: does not match ${String(rule)}`);
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < (rule as number)) out.push(`${at}: too short`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (rule as number)) out.push(`${at}: below minimum`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (rule as number)) out.push(`${at}: above maximum`);
        break;
      case 'exclusiveMinimum':
        if (typeof value === 'number' && value <= (rule as number)) out.push(`${at}: not above exclusiveMinimum`);
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (rule as number)) out.push(`${at}: too few items`);
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((v, i) => out.push(...errors(rule as Schema, v, root, `${at}[${i}]`)));
        break;
      case 'required':
        if (typeOf(value) === 'object') {
          for (const k of rule as string[]) if (!(k in (value as object))) out.push(`${at}: missing ${k}`);
        }
        break;
      case 'properties':
        if (typeOf(value) === 'object') {
          for (const [k, sub] of Object.entries(rule as Record<string, Schema>)) {
            if (k in (value as object)) out.push(...errors(sub, (value as Record<string, unknown>)[k], root, `${at}.${k}`));
          }
        }
        break;
      case 'additionalProperties':
        if (typeOf(value) === 'object') {
          const known = Object.keys((schema.properties as object | undefined) ?? {});
          for (const k of Object.keys(value as object)) {
            if (known.includes(k)) continue;
            if (rule === false) out.push(`${at}: unknown key ${k}`);
            else if (typeof rule === 'object') out.push(...errors(rule as Schema, (value as Record<string, unknown>)[k], root, `${at}.${k}`));
          }
        }
        break;
      case 'anyOf':
        if (!(rule as Schema[]).some((s) => errors(s, value, root, at).length === 0)) out.push(`${at}: matches no anyOf branch`);
        break;
      case 'oneOf': {
        const n = (rule as Schema[]).filter((s) => errors(s, value, root, at).length === 0).length;
        if (n !== 1) out.push(`${at}: matches ${n} oneOf branches`);
        break;
      }
      case '$ref': {
        const ref = rule as string;
        if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
        let target: unknown = root;
        for (const part of ref.slice(2).split('/')) target = (target as Record<string, unknown>)[part];
        out.push(...errors(target as Schema, value, root, at));
        break;
      }
      case '$defs':
      case 'definitions':
        break;
      default:
        throw new Error(`the test's checker does not know the keyword ${key}`);
    }
  }
  return out;
}

const conforms = (value: unknown): string[] => {
  const schema = indicatorSpecJsonSchema();
  return errors(schema, value, schema);
};


describe('indicatorSpecJsonSchema', () => {
  it('describes an object with the required keys and no others', () => {
    const schema = indicatorSpecJsonSchema();
    expect(schema.type).toBe('object');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'measure', 'numerator', 'polarity']));
    expect(schema.required).not.toContain('denominator');
    expect(schema.additionalProperties).toBe(false);
  });

  it('lists every property of a spec', () => {
    const properties = indicatorSpecJsonSchema().properties as Record<string, Schema>;
    for (const key of ['id', 'title', 'description', 'measure', 'numerator', 'denominator', 'window', 'decimals', 'rounding', 'polarity', 'target', 'variance', 'rag', 'directionOfTravel']) {
      expect(properties, key).toHaveProperty(key);
    }
  });

  it('gives the enums users pick from', () => {
    const properties = indicatorSpecJsonSchema().properties as Record<string, Schema>;
    expect(properties.polarity!.enum).toEqual(['higher-is-better', 'lower-is-better', 'closer-to-target', 'neutral']);
    expect(properties.rounding!.enum).toEqual(['half-up', 'half-even']);
    const measures = (properties.measure!.oneOf as Schema[]).map((s) => (s.properties as Record<string, Schema>).type!.const);
    expect(measures).toEqual(['percentage', 'rate', 'count', 'mean', 'ratio', 'difference']);
    expect(JSON.stringify(properties.rag)).toContain('"enum":["red","amber","green","blue"]');
    expect(properties.thresholdsPer!.enum).toEqual(['month', 'quarter', 'financial-year', 'calendar-year']);
  });

  it('keeps the titles and descriptions the schema declares', () => {
    const schema = indicatorSpecJsonSchema();
    const properties = schema.properties as Record<string, Schema>;
    expect(schema.title).toBe('council-indicators indicator spec');
    expect(properties.numerator!.description).toBe('A field of the data rows (a bare name means aggregate: "sum"), or a fixed value.');
    expect(properties.window!.description).toMatch(/^The months a figure covers/);
    expect(properties.benchmarks!.description).toMatch(/^Comparator values by period/);
    expect(JSON.stringify(properties.numerator)).toContain('How monthly values combine over the window');
  });

  it('checks id with the same kebab-case rule as validateSpec', () => {
    const id = (indicatorSpecJsonSchema().properties as Record<string, Schema>).id!;
    const pattern = new RegExp(id.pattern as string, 'u');
    for (const good of ['a', 'cic-rate', 'ni-62']) {
      expect(pattern.test(good)).toBe(true);
      expect(validateSpec({ ...minimal, id: good }).ok).toBe(true);
    }
    for (const bad of ['Not Kebab', 'cic_rate', 'cic--rate', '-cic', 'cic-']) {
      expect(pattern.test(bad)).toBe(false);
      expect(validateSpec({ ...minimal, id: bad }).ok).toBe(false);
    }
  });

  it('is JSON-serialisable without loss', () => {
    const schema = indicatorSpecJsonSchema();
    const text = JSON.stringify(schema);
    expect(JSON.parse(text)).toEqual(schema);
    expect(text).not.toContain('undefined');
  });

  it('returns a fresh object each time', () => {
    const first = indicatorSpecJsonSchema();
    (first.required as string[]).push('extra');
    first.type = 'array';
    const second = indicatorSpecJsonSchema();
    expect(second.type).toBe('object');
    expect(second.required).not.toContain('extra');
  });

  it('accepts valid specs as written and as validated', () => {
    for (const input of [minimal, full]) {
      expect(conforms(input)).toEqual([]);
      const result = validateSpec(input);
      expect(result.ok).toBe(true);
      if (result.ok) expect(conforms(JSON.parse(JSON.stringify(result.spec)))).toEqual([]);
    }
  });

  it.each<[string, unknown]>([
    ['a misspelt key', { ...minimal, decimls: 1 }],
    ['a missing polarity', { ...minimal, polarity: undefined }],
    ['an unknown polarity', { ...minimal, polarity: 'higher' }],
    ['an id that is not kebab-case', { ...minimal, id: 'Pathway Plans' }],
    ['an empty title', { ...minimal, title: '' }],
    ['an unknown measure', { ...minimal, measure: { type: 'percent' } }],
    ['a rate without per', { ...minimal, measure: { type: 'rate' } }],
    ['a negative fixed value', { ...minimal, denominator: { value: -1 } }],
    ['a fractional decimals', { ...minimal, decimals: 1.5 }],
    ['a rolling window of 0 months', { ...minimal, window: { type: 'rolling', months: 0 } }],
    ['a step period not YYYY-MM', { ...minimal, target: [{ from: '2017-4', value: 1 }] }],
    ['a band with an unknown rating', { ...minimal, rag: { bands: [{ rating: 'gren' }] } }],
    ['a band with an unknown key', { ...minimal, rag: { bands: [{ rating: 'green', colour: 'green' }] } }],
    ['an empty band list', { ...minimal, rag: { bands: [] } }],
    ['a negative tolerance', { ...minimal, directionOfTravel: { tolerance: -1 } }],
  ])('rejects %s, as validateSpec does', (_, input) => {
    const clean: unknown = JSON.parse(JSON.stringify(input));
    expect(conforms(clean).length).toBeGreaterThan(0);
    expect(validateSpec(clean).ok).toBe(false);
  });

  it.each<[string, IndicatorSpecInput]>([
    ['a count with a denominator', { ...minimal, measure: { type: 'count' } }],
    ['a percentage without a denominator', { ...minimal, denominator: undefined } as IndicatorSpecInput],
    ['closer-to-target without a target', { ...minimal, polarity: 'closer-to-target' }],
    ['bands with a gap', { ...minimal, rag: { bands: [{ rating: 'red', max: 50, maxInclusive: false }, { rating: 'green', min: 51, minInclusive: true }] } }],
    ['a band without inclusivity', { ...minimal, rag: { bands: [{ rating: 'red', max: 50 }, { rating: 'green', min: 50, minInclusive: true }] } }],
    ['a long window without aggregate', { ...minimal, numerator: { field: 'withPlan' }, window: { type: 'year-to-date' } }],
  ])('checks only the shape: accepts %s, which validateSpec rejects', (_, input) => {
    const clean: unknown = JSON.parse(JSON.stringify(input));
    expect(conforms(clean)).toEqual([]);
    expect(validateSpec(clean).ok).toBe(false);
  });
});
