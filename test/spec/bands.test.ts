/**
 * RAG band checks: coverage of the domain exactly once (on displayable values
 * for `using: 'rounded'`, on the real line for `'exact'`), explicit
 * inclusivity, empty bands and agreement with the polarity.
 */
import { describe, expect, it } from 'vitest';
import { validateSpec } from 'council-indicators';
import type { Band, IndicatorIssue, Polarity, RagOn, RagUsing } from 'council-indicators';
import { checkBands } from '../../src/spec/bands.js';
import type { Domain } from '../../src/spec/bands.js';
import * as R from '../../src/exact/rational.js';

interface Options {
  measure?: 'percentage' | 'count' | 'rate' | 'mean' | 'ratio';
  decimals?: number;
  using?: RagUsing;
  on?: RagOn;
  polarity?: Polarity;
}

/** Validate a spec with these bands; the issues ([] when valid). */
function check(bands: Band[], o: Options = {}): IndicatorIssue[] {
  const measure = o.measure ?? 'percentage';
  const result = validateSpec({
    id: 'banded',
    title: 'Banded',
    measure: measure === 'rate' ? { type: 'rate', per: 10000 } : { type: measure },
    numerator: 'n',
    ...(measure === 'count' ? {} : { denominator: 'd' }),
    ...(o.decimals !== undefined ? { decimals: o.decimals } : {}),
    polarity: o.polarity ?? 'higher-is-better',
    ...(o.on !== undefined && o.on !== 'value' ? { target: 90 } : {}),
    rag: { bands, ...(o.using !== undefined ? { using: o.using } : {}), ...(o.on !== undefined ? { on: o.on } : {}) },
  });
  return result.ok ? [] : result.issues;
}

/** The code each kind of band message carries. */
function bandCode(message: string): string {
  if (message.startsWith('bands leave')) return 'band-gap';
  if (message.includes(' overlap on ')) return 'band-overlap';
  if (message.startsWith('with polarity')) return 'band-polarity';
  return 'unexpected';
}

/** The messages of the band issues, all expected at `rag.bands`, each with the code of its kind. */
function messages(bands: Band[], o: Options = {}): string[] {
  const issues = check(bands, o);
  for (const i of issues) {
    expect(i.path).toBe('rag.bands');
    expect(i.code).toBe(bandCode(i.message));
  }
  return issues.map((i) => i.message);
}

const PERCENT: Domain = { lo: R.ZERO, hi: R.int(100) };
const NON_NEGATIVE: Domain = { lo: R.ZERO, hi: null };
const LINE: Domain = { lo: null, hi: null };

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

// The report's pathway plan bands: G = 98%, A = 85-97%, R < 84%.
const pathway: Band[] = [
  { rating: 'red', max: 84, maxInclusive: false },
  { rating: 'amber', min: 85, minInclusive: true, max: 97, maxInclusive: true },
  { rating: 'green', min: 98, minInclusive: true },
];

// The report's bands G = 98%, A > 97%-90, R < 90%, read as red x < 90,
// amber 90 <= x <= 97, green x >= 98: nothing rates 97 < x < 98.
const peterborough: Band[] = [
  { rating: 'red', max: 90, maxInclusive: false },
  { rating: 'amber', min: 90, minInclusive: true, max: 97, maxInclusive: true },
  { rating: 'green', min: 98, minInclusive: true },
];

// Placement stability: G <= 8.5%, A > 8.6-10%, R > 10 (lower is better).
const stability: Band[] = [
  { rating: 'green', max: 8.5, maxInclusive: true },
  { rating: 'amber', min: 8.6, minInclusive: true, max: 10, maxInclusive: true },
  { rating: 'red', min: 10, minInclusive: false },
];

describe('gaps in bands from published reports', () => {
  it('names 97.1 to 97.9 for "G = 98%, A > 97%-90, R < 90%"', () => {
    expect(messages(peterborough)).toEqual(['bands leave 97 < x < 98 uncovered (displayed values 97.1 to 97.9 at 1 decimal place)']);
    expect(messages(peterborough, { using: 'exact' })).toEqual(['bands leave 97 < x < 98 uncovered']);
  });

  it('reports both gaps of "G = 98%, A = 85-97%, R < 84%"', () => {
    expect(messages(pathway)).toEqual([
      'bands leave 84 <= x < 85 uncovered (displayed values 84.0 to 84.9 at 1 decimal place)',
      'bands leave 97 < x < 98 uncovered (displayed values 97.1 to 97.9 at 1 decimal place)',
    ]);
    expect(messages(pathway, { using: 'exact' })).toEqual(['bands leave 84 <= x < 85 uncovered', 'bands leave 97 < x < 98 uncovered']);
  });

  it('names the single displayed value of a one-step gap at 0 decimals', () => {
    expect(messages(peterborough, { decimals: 0 })).toEqual([]);
    expect(messages(pathway, { decimals: 0 })).toEqual(['bands leave 84 <= x < 85 uncovered (the displayed value 84 at 0 decimal places)']);
  });
});

describe('coverage on displayed values (using: rounded)', () => {
  it('finds no gap between <= 8.5 and >= 8.6 at one decimal', () => {
    expect(check(stability, { polarity: 'lower-is-better' })).toEqual([]);
  });

  it('finds 8.51 to 8.59 uncovered at two decimals', () => {
    expect(messages(stability, { polarity: 'lower-is-better', decimals: 2 })).toEqual([
      'bands leave 8.5 < x < 8.6 uncovered (displayed values 8.51 to 8.59 at 2 decimal places)',
    ]);
  });

  it('finds the real gap with using: exact at any decimals', () => {
    for (const decimals of [0, 1, 2]) {
      expect(messages(stability, { polarity: 'lower-is-better', using: 'exact', decimals })).toEqual(['bands leave 8.5 < x < 8.6 uncovered']);
    }
  });

  it('judges edges between displayable values by the displayable values', () => {
    const bands: Band[] = [
      { rating: 'red', max: 8.52, maxInclusive: false },
      { rating: 'green', min: 8.58, minInclusive: false },
    ];
    expect(check(bands)).toEqual([]);
    expect(messages(bands, { using: 'exact' })).toEqual(['bands leave 8.52 <= x <= 8.58 uncovered']);
    expect(messages(bands, { decimals: 2 })).toEqual(['bands leave 8.52 <= x <= 8.58 uncovered (displayed values 8.52 to 8.58 at 2 decimal places)']);
  });

  it('reports an overlap on one displayed value', () => {
    const bands: Band[] = [
      { rating: 'green', max: 8.5, maxInclusive: true },
      { rating: 'amber', min: 8.5, minInclusive: true, max: 10, maxInclusive: true },
      { rating: 'red', min: 10, minInclusive: false },
    ];
    expect(messages(bands, { polarity: 'lower-is-better' })).toEqual([
      'bands[0] (green, x <= 8.5) and bands[1] (amber, 8.5 <= x <= 10) overlap on x = 8.5 (the displayed value 8.5)',
    ]);
    expect(messages(bands, { polarity: 'lower-is-better', using: 'exact' })).toEqual([
      'bands[0] (green, x <= 8.5) and bands[1] (amber, 8.5 <= x <= 10) overlap on x = 8.5',
    ]);
  });

  it('reports an overlap on a range, with its displayed values', () => {
    const bands: Band[] = [
      { rating: 'red', max: 60, maxInclusive: false },
      { rating: 'green', min: 50, minInclusive: true },
    ];
    expect(messages(bands)).toEqual(['bands[0] (red, x < 60) and bands[1] (green, x >= 50) overlap on 50 <= x < 60 (displayed values 50.0 to 59.9)']);
    expect(messages(bands, { using: 'exact' })).toEqual(['bands[0] (red, x < 60) and bands[1] (green, x >= 50) overlap on 50 <= x < 60']);
  });

  it('finds an overlap that only the display creates', () => {
    const bands: Band[] = [
      { rating: 'red', max: 8.55, maxInclusive: false },
      { rating: 'green', min: 8.5, minInclusive: true },
    ];
    expect(messages(bands)).toEqual(['bands[0] (red, x < 8.55) and bands[1] (green, x >= 8.5) overlap on 8.5 <= x < 8.55 (the displayed value 8.5)']);
  });

  it('reports every overlap, including a band inside another', () => {
    expect(
      messages(
        [
          { rating: 'red', max: 60, maxInclusive: true },
          { rating: 'amber', min: 40, minInclusive: true, max: 80, maxInclusive: true },
          { rating: 'green', min: 70, minInclusive: true },
        ],
        { using: 'exact' },
      ),
    ).toEqual([
      'bands[0] (red, x <= 60) and bands[1] (amber, 40 <= x <= 80) overlap on 40 <= x <= 60',
      'bands[1] (amber, 40 <= x <= 80) and bands[2] (green, x >= 70) overlap on 70 <= x <= 80',
    ]);
    expect(
      messages(
        [
          { rating: 'red', max: 60, maxInclusive: true },
          { rating: 'amber', min: 10, minInclusive: true, max: 20, maxInclusive: true },
          { rating: 'green', min: 60, minInclusive: false },
        ],
        { using: 'exact', polarity: 'neutral' },
      ),
    ).toEqual(['bands[0] (red, x <= 60) and bands[1] (amber, 10 <= x <= 20) overlap on 10 <= x <= 20']);
  });
});

describe('domains', () => {
  describe('percentage: 0 to 100', () => {
    it('is complete with a top band ending at 100 inclusive, or unbounded', () => {
      const closed: Band[] = [
        { rating: 'red', min: 0, minInclusive: true, max: 50, maxInclusive: false },
        { rating: 'green', min: 50, minInclusive: true, max: 100, maxInclusive: true },
      ];
      expect(check(closed)).toEqual([]);
      expect(check(closed, { using: 'exact' })).toEqual([]);
      expect(check(closed, { decimals: 3 })).toEqual([]);
    });

    it('leaves a gap up to 100 when the top band stops below it', () => {
      const bands: Band[] = [
        { rating: 'red', max: 50, maxInclusive: false },
        { rating: 'green', min: 50, minInclusive: true, max: 99, maxInclusive: true },
      ];
      expect(messages(bands)).toEqual(['bands leave 99 < x <= 100 uncovered (displayed values 99.1 to 100.0 at 1 decimal place)']);
      expect(messages(bands, { using: 'exact' })).toEqual(['bands leave 99 < x <= 100 uncovered']);
    });

    it('leaves 100 itself uncovered when the top band excludes it', () => {
      const bands: Band[] = [
        { rating: 'red', max: 50, maxInclusive: false },
        { rating: 'green', min: 50, minInclusive: true, max: 100, maxInclusive: false },
      ];
      expect(messages(bands)).toEqual(['bands leave x = 100 uncovered (the displayed value 100.0 at 1 decimal place)']);
      expect(messages(bands, { using: 'exact' })).toEqual(['bands leave x = 100 uncovered']);
    });

    it('leaves 0 uncovered when the bottom band excludes it, and a gap when it starts above 0', () => {
      expect(
        messages(
          [
            { rating: 'red', min: 0, minInclusive: false, max: 50, maxInclusive: false },
            { rating: 'green', min: 50, minInclusive: true },
          ],
          { using: 'exact' },
        ),
      ).toEqual(['bands leave x = 0 uncovered']);
      expect(
        messages([
          { rating: 'red', min: 10, minInclusive: true, max: 50, maxInclusive: false },
          { rating: 'green', min: 50, minInclusive: true },
        ]),
      ).toEqual(['bands leave 0 <= x < 10 uncovered (displayed values 0.0 to 9.9 at 1 decimal place)']);
    });

    it('clips bands that reach beyond 0..100', () => {
      expect(
        check([
          { rating: 'red', min: -50, minInclusive: true, max: 90, maxInclusive: false },
          { rating: 'green', min: 90, minInclusive: true, max: 1000, maxInclusive: true },
        ]),
      ).toEqual([]);
    });

    it('rejects a band lying entirely above 100', () => {
      expect(
        check([
          { rating: 'red', max: 50, maxInclusive: false },
          { rating: 'green', min: 50, minInclusive: true, max: 100, maxInclusive: true },
          { rating: 'blue', min: 100, minInclusive: false },
        ]),
      ).toEqual([{ code: 'band-empty', path: 'rag.bands[2]', message: 'bands[2] (blue, x > 100) covers no displayable value in 0 <= x <= 100' }]);
    });
  });

  describe.each(['count', 'rate', 'mean', 'ratio'] as const)('%s: 0 and above', (measure) => {
    it('is complete with an unbounded top band and an unbounded (clipped) bottom band', () => {
      expect(
        check([
          { rating: 'red', max: 10, maxInclusive: false },
          { rating: 'green', min: 10, minInclusive: true },
        ], { measure }),
      ).toEqual([]);
    });

    it('needs the top band unbounded above', () => {
      const issues = messages(
        [
          { rating: 'red', max: 10, maxInclusive: false },
          { rating: 'green', min: 10, minInclusive: true, max: 100, maxInclusive: true },
        ],
        { measure, using: 'exact' },
      );
      expect(issues).toEqual(['bands leave x > 100 uncovered']);
    });

    it('rejects a band entirely below 0', () => {
      expect(
        check(
          [
            { rating: 'blue', max: -1, maxInclusive: true },
            { rating: 'red', max: 10, maxInclusive: false },
            { rating: 'green', min: 10, minInclusive: true },
          ],
          { measure, using: 'exact', polarity: 'neutral' },
        ),
      ).toEqual([{ code: 'band-empty', path: 'rag.bands[0]', message: 'bands[0] (blue, x <= -1) covers no value in x >= 0' }]);
    });
  });

  it('gives the displayed values of a count gap at 0 decimals', () => {
    expect(
      messages(
        [
          { rating: 'red', max: 90, maxInclusive: false },
          { rating: 'green', min: 90, minInclusive: true, max: 99, maxInclusive: true },
        ],
        { measure: 'count' },
      ),
    ).toEqual(['bands leave x > 99 uncovered (displayed values from 100 up at 0 decimal places)']);
    expect(
      messages(
        [
          { rating: 'red', min: 1, minInclusive: true, max: 5, maxInclusive: false },
          { rating: 'green', min: 5, minInclusive: true },
        ],
        { measure: 'count' },
      ),
    ).toEqual(['bands leave 0 <= x < 1 uncovered (the displayed value 0 at 0 decimal places)']);
    expect(
      check(
        [
          { rating: 'blue', max: -1, maxInclusive: true },
          { rating: 'red', max: 10, maxInclusive: false },
          { rating: 'green', min: 10, minInclusive: true },
        ],
        { measure: 'count', polarity: 'neutral' },
      ),
    ).toEqual([{ code: 'band-empty', path: 'rag.bands[0]', message: 'bands[0] (blue, x <= -1) covers no displayable value in x >= 0' }]);
  });

  describe.each(['difference-from-target', 'relative-difference-from-target'] as const)('%s: every number', (on) => {
    const complete: Band[] = [
      { rating: 'red', max: -5, maxInclusive: false },
      { rating: 'amber', min: -5, minInclusive: true, max: 0, maxInclusive: false },
      { rating: 'green', min: 0, minInclusive: true },
    ];

    it('is complete with bands unbounded on both sides', () => {
      expect(check(complete, { on })).toEqual([]);
      expect(check(complete, { on, using: 'exact' })).toEqual([]);
    });

    it('needs a band unbounded below', () => {
      const bands: Band[] = [
        { rating: 'red', min: -10, minInclusive: true, max: 0, maxInclusive: false },
        { rating: 'green', min: 0, minInclusive: true },
      ];
      expect(messages(bands, { on, using: 'exact' })).toEqual(['bands leave x < -10 uncovered']);
      expect(messages(bands, { on })).toEqual(['bands leave x < -10 uncovered (displayed values up to -10.1 at 1 decimal place)']);
      // A percentage's 0..100 does not apply to a difference.
      expect(
        messages(
          [
            { rating: 'red', min: 0, minInclusive: true, max: 5, maxInclusive: false },
            { rating: 'green', min: 5, minInclusive: true },
          ],
          { on, using: 'exact' },
        ),
      ).toEqual(['bands leave x < 0 uncovered']);
    });

    it('needs a band unbounded above', () => {
      const bands: Band[] = [
        { rating: 'red', max: 0, maxInclusive: false },
        { rating: 'green', min: 0, minInclusive: true, max: 10, maxInclusive: true },
      ];
      expect(messages(bands, { on, using: 'exact' })).toEqual(['bands leave x > 10 uncovered']);
      expect(messages(bands, { on })).toEqual(['bands leave x > 10 uncovered (displayed values from 10.1 up at 1 decimal place)']);
    });

    it('reports two bands unbounded below as an overlap', () => {
      const bands: Band[] = [
        { rating: 'red', max: 0, maxInclusive: false },
        { rating: 'amber', max: 1, maxInclusive: false },
        { rating: 'green', min: 1, minInclusive: true },
      ];
      expect(messages(bands, { on, using: 'exact' })).toEqual(['bands[0] (red, x < 0) and bands[1] (amber, x < 1) overlap on x < 0']);
      expect(messages(bands, { on })).toEqual(['bands[0] (red, x < 0) and bands[1] (amber, x < 1) overlap on x < 0 (displayed values up to -0.1)']);
    });

    it('places negative edges on the display grid correctly', () => {
      expect(
        check(
          [
            { rating: 'red', max: -0.55, maxInclusive: false },
            { rating: 'green', min: -0.55, minInclusive: true },
          ],
          { on },
        ),
      ).toEqual([]);
      const split: Band[] = [
        { rating: 'red', max: -0.5, maxInclusive: true },
        { rating: 'green', min: -0.4, minInclusive: true },
      ];
      expect(check(split, { on })).toEqual([]);
      expect(messages(split, { on, decimals: 2 })).toEqual(['bands leave -0.5 < x < -0.4 uncovered (displayed values -0.49 to -0.41 at 2 decimal places)']);
    });
  });
});

describe('inclusivity must be explicit', () => {
  it('requires minInclusive with min and maxInclusive with max, at their paths', () => {
    expect(
      check([
        { rating: 'red', max: 50 },
        { rating: 'green', min: 50 },
      ]),
    ).toEqual([
      { code: 'band-inclusivity', path: 'rag.bands[0].maxInclusive', message: 'say whether max 50 is in the band: maxInclusive true or false' },
      { code: 'band-inclusivity', path: 'rag.bands[1].minInclusive', message: 'say whether min 50 is in the band: minInclusive true or false' },
    ]);
    expect(check([{ rating: 'red', max: 8.5 }, { rating: 'green', min: 8.5, minInclusive: false }])).toEqual([
      { code: 'band-inclusivity', path: 'rag.bands[0].maxInclusive', message: 'say whether max 8.5 is in the band: maxInclusive true or false' },
    ]);
  });

  it('rejects an inclusive flag without its bound', () => {
    expect(
      check([
        { rating: 'red', max: 60, maxInclusive: false, minInclusive: true },
        { rating: 'green', min: 60, minInclusive: true, maxInclusive: true },
      ]),
    ).toEqual([
      { code: 'band-inclusivity', path: 'rag.bands[0].minInclusive', message: 'minInclusive without a min' },
      { code: 'band-inclusivity', path: 'rag.bands[1].maxInclusive', message: 'maxInclusive without a max' },
    ]);
    expect(check([{ rating: 'green', minInclusive: false }])).toEqual([{ code: 'band-inclusivity', path: 'rag.bands[0].minInclusive', message: 'minInclusive without a min' }]);
  });
});

describe('empty bands', () => {
  const around = (middle: Band): Band[] => [
    { rating: 'red', max: 50, maxInclusive: false },
    middle,
    { rating: 'green', min: 50, minInclusive: true },
  ];

  it('rejects min > max', () => {
    expect(check(around({ rating: 'amber', min: 60, minInclusive: true, max: 55, maxInclusive: true }), { polarity: 'neutral' })).toEqual([
      { code: 'band-empty', path: 'rag.bands[1]', message: 'bands[1] (amber, 60 <= x <= 55) covers no displayable value in 0 <= x <= 100' },
    ]);
  });

  it('rejects min = max with an open end', () => {
    for (const [minInclusive, maxInclusive, shown] of [
      [true, false, '50 <= x < 50'],
      [false, true, '50 < x <= 50'],
      [false, false, '50 < x < 50'],
    ] as const) {
      expect(check(around({ rating: 'amber', min: 50, minInclusive, max: 50, maxInclusive }), { polarity: 'neutral', using: 'exact' })).toEqual([
        { code: 'band-empty', path: 'rag.bands[1]', message: `bands[1] (amber, ${shown}) covers no value in 0 <= x <= 100` },
      ]);
    }
  });

  it('accepts a closed one-point band', () => {
    expect(
      check(
        [
          { rating: 'red', max: 50, maxInclusive: false },
          { rating: 'amber', min: 50, minInclusive: true, max: 50, maxInclusive: true },
          { rating: 'green', min: 50, minInclusive: false },
        ],
        { using: 'exact' },
      ),
    ).toEqual([]);
  });

  it('rejects a band between two displayable values', () => {
    expect(
      check([
        { rating: 'green', max: 8.5, maxInclusive: true },
        { rating: 'amber', min: 8.52, minInclusive: true, max: 8.54, maxInclusive: true },
        { rating: 'red', min: 8.5, minInclusive: false },
      ], { polarity: 'lower-is-better' }),
    ).toEqual([{ code: 'band-empty', path: 'rag.bands[1]', message: 'bands[1] (amber, 8.52 <= x <= 8.54) covers no displayable value in 0 <= x <= 100' }]);
  });
});

describe('polarity', () => {
  it('rejects higher-is-better bands that rate a higher value worse', () => {
    expect(
      messages([
        { rating: 'green', max: 50, maxInclusive: false },
        { rating: 'red', min: 50, minInclusive: true },
      ]),
    ).toEqual(['with polarity "higher-is-better", bands[1] (red, x >= 50) rates higher values worse than bands[0] (green, x < 50)']);
    expect(
      messages([
        { rating: 'red', max: 50, maxInclusive: false },
        { rating: 'green', min: 50, minInclusive: true, max: 90, maxInclusive: false },
        { rating: 'amber', min: 90, minInclusive: true },
      ]),
    ).toEqual(['with polarity "higher-is-better", bands[2] (amber, x >= 90) rates higher values worse than bands[1] (green, 50 <= x < 90)']);
  });

  it('rejects lower-is-better bands that rate a higher value better', () => {
    // The higher band is the one rated better: the message must say so.
    expect(
      messages(
        [
          { rating: 'red', max: 50, maxInclusive: false },
          { rating: 'green', min: 50, minInclusive: true },
        ],
        { polarity: 'lower-is-better' },
      ),
    ).toEqual(['with polarity "lower-is-better", bands[1] (green, x >= 50) rates higher values better than bands[0] (red, x < 50)']);
  });

  it('rejects lower-is-better bands that rate a higher value better (issue count)', () => {
    const bands: Band[] = [
      { rating: 'red', max: 8.5, maxInclusive: true },
      { rating: 'amber', min: 8.5, minInclusive: false, max: 10, maxInclusive: true },
      { rating: 'green', min: 10, minInclusive: false },
    ];
    const issues = check(bands, { polarity: 'lower-is-better' });
    expect(issues).toHaveLength(2);
    expect(issues.every((i) => i.path === 'rag.bands' && i.message.startsWith('with polarity "lower-is-better", '))).toBe(true);
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('bands[1] (amber, 8.5 < x <= 10)'),
      expect.stringContaining('bands[2] (green, x > 10)'),
    ]);
  });

  it('accepts equal neighbouring ratings and blue above green', () => {
    expect(
      check([
        { rating: 'red', max: 40, maxInclusive: false },
        { rating: 'red', min: 40, minInclusive: true, max: 50, maxInclusive: false },
        { rating: 'green', min: 50, minInclusive: true, max: 90, maxInclusive: false },
        { rating: 'blue', min: 90, minInclusive: true },
      ]),
    ).toEqual([]);
    expect(
      check(
        [
          { rating: 'blue', max: 5, maxInclusive: false },
          { rating: 'green', min: 5, minInclusive: true, max: 8.5, maxInclusive: true },
          { rating: 'amber', min: 8.5, minInclusive: false, max: 10, maxInclusive: true },
          { rating: 'red', min: 10, minInclusive: false },
        ],
        { polarity: 'lower-is-better' },
      ),
    ).toEqual([]);
  });

  it('checks bands on a difference from target too', () => {
    const bands: Band[] = [
      { rating: 'green', max: 0, maxInclusive: false },
      { rating: 'red', min: 0, minInclusive: true },
    ];
    expect(check(bands, { on: 'difference-from-target', polarity: 'lower-is-better' })).toEqual([]);
    expect(messages(bands, { on: 'difference-from-target' })).toEqual([
      'with polarity "higher-is-better", bands[1] (red, x >= 0) rates higher values worse than bands[0] (green, x < 0)',
    ]);
  });

  it('does not check closer-to-target or neutral bands for order', () => {
    const around: Band[] = [
      { rating: 'red', max: 80, maxInclusive: false },
      { rating: 'amber', min: 80, minInclusive: true, max: 85, maxInclusive: false },
      { rating: 'green', min: 85, minInclusive: true, max: 95, maxInclusive: true },
      { rating: 'amber', min: 95, minInclusive: false, max: 97, maxInclusive: true },
      { rating: 'red', min: 97, minInclusive: false },
    ];
    expect(check(around, { polarity: 'closer-to-target', on: 'value' })).toEqual([
      // closer-to-target needs a target; the check helper adds one only for `on` a difference.
      expect.objectContaining({ path: 'polarity', message: 'polarity "closer-to-target" needs a target, and the spec has none' }),
    ]);
    expect(check(around, { polarity: 'closer-to-target', on: 'difference-from-target' })).toEqual([]);
    expect(check(around, { polarity: 'neutral' })).toEqual([]);
    expect(check(around, { polarity: 'higher-is-better' })).toHaveLength(2);
  });
});

describe('order of the bands in the array', () => {
  const sets: [string, Band[], Options][] = [
    ['peterborough', peterborough, {}],
    ['pathway', pathway, {}],
    ['stability 1dp', stability, { polarity: 'lower-is-better' }],
    ['stability 2dp', stability, { polarity: 'lower-is-better', decimals: 2 }],
    [
      'overlapping',
      [
        { rating: 'red', max: 60, maxInclusive: true },
        { rating: 'amber', min: 40, minInclusive: true, max: 80, maxInclusive: true },
        { rating: 'green', min: 70, minInclusive: true },
      ],
      {},
    ],
    [
      'complete',
      [
        { rating: 'red', max: 50, maxInclusive: false },
        { rating: 'amber', min: 50, minInclusive: true, max: 60, maxInclusive: false },
        { rating: 'green', min: 60, minInclusive: true, max: 90, maxInclusive: false },
        { rating: 'blue', min: 90, minInclusive: true },
      ],
      {},
    ],
    [
      'wrong polarity',
      [
        { rating: 'green', max: 50, maxInclusive: false },
        { rating: 'amber', min: 50, minInclusive: true, max: 60, maxInclusive: false },
        { rating: 'red', min: 60, minInclusive: true },
      ],
      {},
    ],
  ];

  it.each(sets)('gives the same verdict in every order (%s)', (_, bands, options) => {
    const verdict = check(bands, options);
    // Gap messages do not name band indices, so they are identical in any order.
    const gaps = verdict.filter((i) => i.message.startsWith('bands leave')).map((i) => i.message);
    for (const order of permutations(bands)) {
      const issues = check(order, options);
      expect(issues.length === 0).toBe(verdict.length === 0);
      expect(issues.length).toBe(verdict.length);
      expect(issues.filter((i) => i.message.startsWith('bands leave')).map((i) => i.message)).toEqual(gaps);
    }
  });
});

describe('issue codes', () => {
  it('gives each kind of band problem its own code', () => {
    const codes = (bands: Band[], o: Options = {}) => check(bands, o).map((i) => i.code);
    expect(codes([{ rating: 'red', max: 50, maxInclusive: false }, { rating: 'green', min: 51, minInclusive: true }])).toEqual(['band-gap']);
    expect(codes([{ rating: 'red', max: 60, maxInclusive: false }, { rating: 'green', min: 50, minInclusive: true }])).toEqual(['band-overlap']);
    expect(codes([{ rating: 'red', max: 50 }, { rating: 'green', min: 50, minInclusive: true }])).toEqual(['band-inclusivity']);
    expect(codes([{ rating: 'green', minInclusive: true }])).toEqual(['band-inclusivity']);
    expect(
      codes([
        { rating: 'red', max: 50, maxInclusive: false },
        { rating: 'amber', min: 60, minInclusive: true, max: 55, maxInclusive: true },
        { rating: 'green', min: 50, minInclusive: true },
      ]),
    ).toEqual(['band-empty']);
    expect(codes([{ rating: 'green', max: 50, maxInclusive: false }, { rating: 'red', min: 50, minInclusive: true }])).toEqual(['band-polarity']);
  });

  it('carries the codes from checkBands itself', () => {
    expect(checkBands([{ rating: 'green' }, { rating: 'red' }], PERCENT, null, 'neutral', 'p').map((i) => i.code)).toEqual(['band-overlap']);
    expect(checkBands([{ rating: 'red', max: 1, maxInclusive: false }], PERCENT, null, 'neutral', 'p').map((i) => i.code)).toEqual(['band-gap']);
  });
});

describe('checkBands', () => {
  it('returns no issues for a complete set', () => {
    const bands: Band[] = [
      { rating: 'red', max: 0, maxInclusive: false },
      { rating: 'green', min: 0, minInclusive: true },
    ];
    expect(checkBands(bands, LINE, null, 'higher-is-better', 'p')).toEqual([]);
    expect(checkBands(bands, LINE, 1, 'higher-is-better', 'p')).toEqual([]);
    // Below 0 a non-negative domain has nothing: the red band covers no value there.
    expect(checkBands(bands, NON_NEGATIVE, 0, 'higher-is-better', 'p')).toEqual([
      { code: 'band-empty', path: 'p[0]', message: 'bands[0] (red, x < 0) covers no displayable value in x >= 0' },
    ]);
    expect(checkBands([{ rating: 'red', max: 1, maxInclusive: false }, { rating: 'green', min: 1, minInclusive: true }], NON_NEGATIVE, 0, 'higher-is-better', 'p')).toEqual([]);
  });

  it('uses the path it is given', () => {
    expect(checkBands([{ rating: 'red', max: 1 }], PERCENT, 1, 'neutral', 'scorecard.rag.bands')).toEqual([
      { code: 'band-inclusivity', path: 'scorecard.rag.bands[0].maxInclusive', message: 'say whether max 1 is in the band: maxInclusive true or false' },
    ]);
  });

  it('judges coverage on the grid given by decimals, or on the real line for null', () => {
    const bands: Band[] = [
      { rating: 'red', max: 8.5, maxInclusive: true },
      { rating: 'green', min: 8.6, minInclusive: true },
    ];
    expect(checkBands(bands, PERCENT, 1, 'higher-is-better', 'p')).toEqual([]);
    expect(checkBands(bands, PERCENT, 2, 'higher-is-better', 'p')).toEqual([
      { code: 'band-gap', path: 'p', message: 'bands leave 8.5 < x < 8.6 uncovered (displayed values 8.51 to 8.59 at 2 decimal places)' },
    ]);
    expect(checkBands(bands, PERCENT, null, 'higher-is-better', 'p')).toEqual([{ code: 'band-gap', path: 'p', message: 'bands leave 8.5 < x < 8.6 uncovered' }]);
    // At 0 decimals 8 is the last red value and 9 the first green one.
    expect(checkBands(bands, PERCENT, 0, 'higher-is-better', 'p')).toEqual([]);
    expect(
      checkBands(
        [{ rating: 'red', max: 8.5, maxInclusive: true }, { rating: 'amber', min: 8.6, minInclusive: true, max: 8.9, maxInclusive: true }, { rating: 'green', min: 8.9, minInclusive: false }],
        PERCENT,
        0,
        'higher-is-better',
        'p',
      ),
    ).toEqual([{ code: 'band-empty', path: 'p[1]', message: 'bands[1] (amber, 8.6 <= x <= 8.9) covers no displayable value in 0 <= x <= 100' }]);
  });

  it('reports overlapping bands that both cover every value', () => {
    expect(checkBands([{ rating: 'green' }, { rating: 'red' }], PERCENT, 1, 'neutral', 'p')).toEqual([
      { code: 'band-overlap', path: 'p', message: 'bands[0] (green, every x) and bands[1] (red, every x) overlap on every x (displayed values 0.0 to 100.0)' },
    ]);
    expect(checkBands([{ rating: 'green' }], LINE, 1, 'neutral', 'p')).toEqual([]);
  });

  it('does not mutate the bands', () => {
    const bands: Band[] = [
      { rating: 'green', max: 50, maxInclusive: false },
      { rating: 'red', min: 50, minInclusive: true },
    ];
    const copy = structuredClone(bands);
    checkBands(bands, PERCENT, 1, 'higher-is-better', 'p');
    expect(bands).toEqual(copy);
  });
});

// Gaps found by mutation testing (`npm run test:mutation`, issue 8 point 14). Messages worked out by hand from the
// bands: each names the bands in index order and the part they share or leave.
describe('checkBands: cases found by mutation testing', () => {
  it('a band after one already open upwards overlaps it, and each later one is named against the first', () => {
    const bands: Band[] = [
      { rating: 'red', max: 10, maxInclusive: false },
      { rating: 'green', min: 10, minInclusive: true },
      { rating: 'amber', min: 20, minInclusive: true },
      { rating: 'blue', min: 30, minInclusive: true },
    ];
    expect(checkBands(bands, NON_NEGATIVE, null, 'neutral', 'p')).toEqual([
      { code: 'band-overlap', path: 'p', message: 'bands[1] (green, x >= 10) and bands[2] (amber, x >= 20) overlap on x >= 20' },
      { code: 'band-overlap', path: 'p', message: 'bands[1] (green, x >= 10) and bands[3] (blue, x >= 30) overlap on x >= 30' },
    ]);
  });

  it('a band ending where the one before ends leaves the earlier band as the one later overlaps are named against', () => {
    const bands: Band[] = [
      { rating: 'red', max: 50, maxInclusive: true },
      { rating: 'amber', min: 20, minInclusive: true, max: 50, maxInclusive: true },
      { rating: 'green', min: 40, minInclusive: true },
    ];
    expect(checkBands(bands, PERCENT, null, 'neutral', 'p').map((i) => i.message)).toEqual([
      'bands[0] (red, x <= 50) and bands[1] (amber, 20 <= x <= 50) overlap on 20 <= x <= 50',
      'bands[0] (red, x <= 50) and bands[2] (green, x >= 40) overlap on 40 <= x <= 50',
    ]);
  });

  it('bands with the same lower bound are named in index order', () => {
    const bands: Band[] = [
      { rating: 'green', min: 50, minInclusive: true },
      { rating: 'red', min: 50, minInclusive: true, max: 60, maxInclusive: false },
      { rating: 'amber', min: 50, minInclusive: true, max: 70, maxInclusive: false },
      { rating: 'red', max: 50, maxInclusive: false },
    ];
    expect(checkBands(bands, PERCENT, null, 'neutral', 'p').map((i) => i.message)).toEqual([
      'bands[0] (green, x >= 50) and bands[1] (red, 50 <= x < 60) overlap on 50 <= x < 60',
      'bands[0] (green, x >= 50) and bands[2] (amber, 50 <= x < 70) overlap on 50 <= x < 70',
    ]);
  });

  it('an overlap ends at the upper bound that ends first, an open one before a closed one at the same value', () => {
    const exact: Band[] = [
      { rating: 'red', max: 50, maxInclusive: false },
      { rating: 'amber', min: 40, minInclusive: true, max: 50, maxInclusive: true },
      { rating: 'green', min: 50, minInclusive: false },
    ];
    expect(checkBands(exact, PERCENT, null, 'neutral', 'p').map((i) => i.message)).toEqual([
      'bands[0] (red, x < 50) and bands[1] (amber, 40 <= x <= 50) overlap on 40 <= x < 50',
    ]);
    // Rounded to 1 decimal both bands end at the displayed 50.0: the later band's own edge is named.
    const rounded: Band[] = [
      { rating: 'red', max: 50.04, maxInclusive: true },
      { rating: 'amber', min: 40, minInclusive: true, max: 50.02, maxInclusive: true },
      { rating: 'green', min: 50.1, minInclusive: true },
    ];
    expect(checkBands(rounded, PERCENT, 1, 'neutral', 'p').map((i) => i.message)).toEqual([
      'bands[0] (red, x <= 50.04) and bands[1] (amber, 40 <= x <= 50.02) overlap on 40 <= x <= 50.02 (displayed values 40.0 to 50.0)',
    ]);
  });

  it('adjacent bands of the same rating agree with either polarity', () => {
    const sameLow = (low: Band['rating'], high: Band['rating']): Band[] => [
      { rating: low, max: 10, maxInclusive: false },
      { rating: low, min: 10, minInclusive: true, max: 20, maxInclusive: false },
      { rating: high, min: 20, minInclusive: true },
    ];
    expect(checkBands(sameLow('red', 'green'), PERCENT, 1, 'higher-is-better', 'p')).toEqual([]);
    expect(checkBands(sameLow('green', 'red'), PERCENT, 1, 'lower-is-better', 'p')).toEqual([]);
  });

  it('reports coverage first: bands that overlap are not also judged against the polarity', () => {
    const bands: Band[] = [
      { rating: 'green', max: 60, maxInclusive: true },
      { rating: 'red', min: 50, minInclusive: true },
    ];
    expect(checkBands(bands, PERCENT, 1, 'higher-is-better', 'p')).toEqual([
      { code: 'band-overlap', path: 'p', message: 'bands[0] (green, x <= 60) and bands[1] (red, x >= 50) overlap on 50 <= x <= 60 (displayed values 50.0 to 60.0)' },
    ]);
  });

  it('reports inclusivity first: a band whose edges are unclear is not also judged for coverage', () => {
    expect(checkBands([{ rating: 'red', max: 50 }, { rating: 'green', min: 50, minInclusive: false }], PERCENT, 1, 'higher-is-better', 'p')).toEqual([
      { code: 'band-inclusivity', path: 'p[0].maxInclusive', message: 'say whether max 50 is in the band: maxInclusive true or false' },
    ]);
  });

  it('a gap below the lowest band of an unbounded domain is shown up to the displayed value below it', () => {
    const bands: Band[] = [
      { rating: 'red', min: -5, minInclusive: true, max: 0, maxInclusive: false },
      { rating: 'green', min: 0, minInclusive: true },
    ];
    expect(checkBands(bands, LINE, 1, 'higher-is-better', 'p')).toEqual([
      { code: 'band-gap', path: 'p', message: 'bands leave x < -5 uncovered (displayed values up to -5.1 at 1 decimal place)' },
    ]);
    expect(checkBands([], LINE, 1, 'higher-is-better', 'p')).toEqual([
      { code: 'band-gap', path: 'p', message: 'bands leave every x uncovered (every displayed value at 1 decimal place)' },
    ]);
  });
});
