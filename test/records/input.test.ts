/**
 * Hostile and odd input to deriveMonthly (src/records/input.ts and its
 * users): records, filters and measure maps are read through their own
 * properties only, and a `__proto__` key from JSON.parse is an error naming
 * it, never dropped.
 */
import { describe, expect, it } from 'vitest';
import { deriveMonthly } from 'council-indicators/records';
import type { CaseRecords, ChildRecord, DeriveOptions, RecordMeasure } from 'council-indicators/records';
import { indicatorErrorOf } from '../helpers.js';

const children: ChildRecord[] = [
  { childId: 'A', dateOfBirth: '2010-01-01', gender: '1' },
  { childId: 'B', dateOfBirth: '2011-01-01', gender: '2' },
];
const records: CaseRecords = {
  children,
  episodes: [
    { childId: 'A', start: '2016-01-01', reasonNewEpisode: 'S', legalStatus: 'C2' },
    { childId: 'B', start: '2016-02-01', reasonNewEpisode: 'S', legalStatus: 'C2' },
  ],
  coverage: { from: '2016-01', to: '2017-01' },
};
const range = { from: '2017-01', to: '2017-01' };
const derive = (data: CaseRecords, measures: unknown) =>
  deriveMonthly(data, { ...range, measures: measures as Record<string, RecordMeasure> } as DeriveOptions);

describe('filters read only what a record has of its own', () => {
  it('a filter on toString matches no child: Object.prototype.toString is not an attribute', () => {
    const nativeToString = String(Object.prototype.toString);
    const measures = {
      child: { type: 'in-care', filter: { child: { toString: [nativeToString] } } },
      episode: { type: 'in-care', filter: { episode: { constructor: [String(Object)] } } },
      all: { type: 'in-care' },
    };
    expect(derive(records, measures)).toEqual([{ period: '2017-01', child: 0, episode: 0, all: 2 }]);
  });

  it('an attribute a record only inherits is not its attribute', () => {
    const inherits = Object.assign(Object.create({ gender: '1' }) as object, { childId: 'B', dateOfBirth: '2011-01-01' }) as ChildRecord;
    const data = { ...records, children: [children[0]!, inherits] };
    expect(derive(data, { boys: { type: 'in-care', filter: { child: { gender: ['1'] } } } })).toEqual([{ period: '2017-01', boys: 1 }]);
  });

  it('a child row that only inherits its childId and date of birth is not a child', () => {
    const hollow = Object.create({ childId: 'B', dateOfBirth: '2011-01-01' }) as ChildRecord;
    const error = indicatorErrorOf(() => derive({ ...records, children: [children[0]!, hollow] }, { all: { type: 'in-care' } }));
    expect(error.code).toBe('INVALID_DATA');
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['bad-id', 'children[1].childId'],
      // So B's episode is for an unknown child.
      ['unknown-child', 'episodes[1].childId'],
    ]);
  });

  it('an episode or event that only inherits its dates has none', () => {
    const episode = Object.assign(Object.create({ start: '2016-02-01' }) as object, { childId: 'B' });
    const event = Object.assign(Object.create({ date: '2017-01-05', type: 'HA' }) as object, { childId: 'B' });
    const data = { ...records, episodes: [records.episodes[0]!, episode], events: [event] } as unknown as CaseRecords;
    const error = indicatorErrorOf(() => derive(data, { all: { type: 'in-care' } }));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing-key', 'episodes[1].start'],
      ['wrong-type', 'events[0].type'],
    ]);
  });

  it('rows that are not plain objects are read by their own properties, as plain ones are', () => {
    class Row {
      constructor(fields: object) {
        Object.assign(this, fields);
      }
    }
    const data = {
      children: children.map((c) => new Row(c)),
      episodes: records.episodes.map((e) => new Row(e)),
      events: [new Row({ childId: 'A', type: 'HA', date: '2017-01-05' })],
    } as unknown as CaseRecords;
    const measures = {
      boys: { type: 'in-care', filter: { child: { gender: ['1'] } } },
      c2: { type: 'in-care', filter: { episode: { legalStatus: ['C2'] } } },
      ha: { type: 'events', event: 'HA' },
    };
    const plain = { ...records, events: [{ childId: 'A', type: 'HA', date: '2017-01-05' }] };
    expect(derive(data, measures)).toEqual(derive(plain, measures));
    expect(derive(data, measures)).toEqual([{ period: '2017-01', boys: 1, c2: 2, ha: 1 }]);
  });

  it('a record field added to Object.prototype is not read as every record\'s', () => {
    // Not enumerable, so that zod, which walks keys with for-in, still works.
    Object.defineProperty(Object.prototype, 'end', { value: '2016-06-01', configurable: true, writable: true, enumerable: false });
    try {
      // Both episodes are open: without the own-property rule both would have ceased on 1 June 2016.
      expect(derive(records, { all: { type: 'in-care' }, ended: { type: 'ended' } })).toEqual([{ period: '2017-01', all: 2, ended: 0 }]);
    } finally {
      delete (Object.prototype as Record<string, unknown>).end;
    }
  });
});

describe('measure maps read only their own properties', () => {
  it('an inherited key is not a measure, and an inherited setting is not a setting', () => {
    const measures = Object.assign(Object.create({ hidden: { type: 'in-care' } }) as object, { all: { type: 'in-care' } });
    expect(derive(records, measures)).toEqual([{ period: '2017-01', all: 2 }]);
    // A definition whose type is inherited has no type.
    const inheritedType = { x: Object.create({ type: 'in-care' }) as object };
    const error = indicatorErrorOf(() => derive(records, inheritedType));
    expect(error.code).toBe('INVALID_SPEC');
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['missing-key', 'measures.x.type']]);
    // A filter whose condition is inherited has no condition.
    const filter = Object.create({ ageBelow: 7 }) as object;
    expect(derive(records, { young: { type: 'in-care', filter } })).toEqual([{ period: '2017-01', young: 2 }]);
  });
});

describe('__proto__ keys from JSON.parse are errors, not dropped', () => {
  it('a measure named __proto__', () => {
    const measures: unknown = JSON.parse('{ "__proto__": { "type": "in-care" }, "all": { "type": "in-care" } }');
    const error = indicatorErrorOf(() => derive(records, measures));
    expect(error.code).toBe('INVALID_SPEC');
    expect(error.issues).toEqual([{ code: 'forbidden-key', path: 'measures.__proto__', message: expect.stringContaining('"__proto__"') }]);
  });

  it('a filter on a child or episode attribute named __proto__ (else it would match every child)', () => {
    const measures: unknown = JSON.parse(
      '{ "a": { "type": "in-care", "filter": { "child": { "__proto__": ["x"] } } },' +
        '  "b": { "type": "started", "filter": { "episode": { "legalStatus": ["C2"], "__proto__": ["x"] } } } }',
    );
    const error = indicatorErrorOf(() => derive(records, measures));
    expect(error.code).toBe('INVALID_SPEC');
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['forbidden-key', 'measures.a.filter.child.__proto__'],
      ['forbidden-key', 'measures.b.filter.episode.__proto__'],
    ]);
  });

  it('a record with a __proto__ attribute is read as usual: no filter can name that attribute', () => {
    const child = JSON.parse('{ "childId": "B", "dateOfBirth": "2011-01-01", "__proto__": { "gender": "1" } }') as ChildRecord;
    const data = { ...records, children: [children[0]!, child] };
    expect(derive(data, { boys: { type: 'in-care', filter: { child: { gender: ['1'] } } }, all: { type: 'in-care' } })).toEqual([
      { period: '2017-01', boys: 1, all: 2 },
    ]);
  });
});
