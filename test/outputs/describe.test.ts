/**
 * describe: the seed quotations of issue 11 as worked examples, the
 * polarity's words, periods with no value, and a property test that every
 * claim of the headline holds on its inputs. Also runs the examples of
 * docs/commentary.md.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe as group, expect, it } from 'vitest';
import fc from 'fast-check';
import * as core from 'council-indicators';
import { computeIndicator, describe, isIndicatorError } from 'council-indicators';
import type { IndicatorSpecInput, Polarity } from 'council-indicators';

const count = (over: Partial<IndicatorSpecInput> = {}): IndicatorSpecInput => ({
  id: 'cic',
  title: 'Number of children in care',
  measure: { type: 'count' },
  numerator: { field: 'v', aggregate: 'last' },
  polarity: 'neutral',
  ...over,
});

const monthly = (from: string, values: (number | null)[]) => {
  const start = Number(from.slice(0, 4)) * 12 + Number(from.slice(5)) - 1;
  return values.map((v, i) => ({ period: `${Math.floor((start + i) / 12)}-${String(((start + i) % 12) + 1).padStart(2, '0')}`, v }));
};

group('seed quotations of issue 11 (worked examples: the papers print the sentence, not the series behind it)', () => {
  it('"since the height of 702 children in September 2020" (board minutes, 2022: 702 in September 2020 and 617 in January 2021 as printed; other months made up)', () => {
    const values = [640, 660, 675, 690, 702, 690, 671, 650, 630, 617, 605, 590, 580, 570, 560, 550, 540, 530, 525, 520, 512];
    const r = computeIndicator(count({ title: 'Children looked after' }), monthly('2020-05', values));
    const out = describe(r, { since: '2020-05', unit: 'children' });
    expect(out).toContain('It is down 27.1% since the height of 702 children in September 2020.');
    expect(out[0]).toBe('Children looked after fell from 520 to 512 in January 2022 (down 1.5%); the lowest of the 21 months from May 2020.');
    expect(describe(r, { period: '2021-02' })[0]).toMatch(/^Children looked after fell from 630 to 617 in February 2021 \(down 2\.1%\)/);
  });

  it('"has not dropped below 93% for the last 12 months" (board minutes, 2022: 99% printed for the latest month; the others made up)', () => {
    const rows = monthly('2020-12', [92, 96, 93, 97, 95, 98, 94, 96, 97, 95, 98, 96, 99]).map((r) => ({ period: r.period, pep: r.v, cic: 100 }));
    const r = computeIndicator({ id: 'pep', title: 'Children with a PEP', measure: { type: 'percentage' }, numerator: 'pep', denominator: 'cic', decimals: 0, polarity: 'higher-is-better' }, rows);
    const out = describe(r, { runs: [{ atLeast: 93 }] });
    expect(out).toContain('It has not dropped below 93% for the last 12 months.');
    expect(out[0]).toBe('Children with a PEP improved, rising from 96% to 99% in December 2021 (up 3 percentage points); the highest of the 13 months from December 2020.');
    // Longer than the run: the sentence gives the run's length, never the span's.
    expect(describe(r, { last: 13, runs: [{ above: 93 }] })).toContain('It has stayed above 93% for the last 10 months.');
  });

  it('"ranging from 506 to 530" (Cardiff, 2011: the extremes printed; the years and the other figure made up)', () => {
    const rows = [
      { period: '2008-09', v: 506 },
      { period: '2009-10', v: 530 },
      { period: '2010-11', v: 521 },
    ];
    const r = computeIndicator(count({ title: 'Looked after children', frequency: 'financial-year' } as Partial<IndicatorSpecInput>), rows);
    const out = describe(r, { unit: 'children' });
    expect(out).toEqual([
      'Looked after children fell from 530 to 521 in 2010-11 (down 1.7%).',
      'Over the last three years it has been ranging from 506 to 530 children.',
      'It is up 3.0% since the low of 506 children in 2008-09.',
    ]);
  });

  it('a result of one financial year reported from monthly rows reads as that year, not as the month its key also names', () => {
    // '2008-09' is September 2008 and the financial year 2008-09: the result says which.
    const rows = monthly('2008-04', [40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51]);
    const r = computeIndicator(count({ title: 'Adoptions', numerator: { field: 'v', aggregate: 'sum' } } as Partial<IndicatorSpecInput>), rows, { every: 'financial-year' });
    expect(r.frequency).toBe('financial-year');
    expect(r.periods.map((p) => p.period)).toEqual(['2008-09']);
    const out = describe(r).join(' ');
    expect(out).toContain('2008-09');
    expect(out).not.toContain('September');
  });

  it('"reported at 100% in six of the last nine months" (Cambridgeshire, February 2018: 66.7% in December 2017 printed; the other months made up)', () => {
    const pairs = [[4, 4], [3, 4], [5, 5], [2, 2], [4, 5], [3, 3], [6, 6], [1, 1], [2, 3]] as const;
    const rows = monthly('2017-04', pairs.map(() => 0)).map((r, i) => ({ period: r.period, adopted: pairs[i]![0], children: pairs[i]![1] }));
    const r = computeIndicator({ id: 'adopt', title: 'Adopted within 14 months', measure: { type: 'percentage' }, numerator: 'adopted', denominator: 'children', polarity: 'higher-is-better' }, rows);
    const out = describe(r, { last: 9, counts: [{ equals: 100 }] });
    expect(out).toContain('It was at 100% in six of the last nine months.');
    expect(out[0]).toBe('Adopted within 14 months worsened, falling from 100.0% to 66.7% in December 2017 (down 33.3 percentage points); the lowest of the nine months from April 2017.');
  });

  it('"a 2.6% increase ... since April 2017" (Cambridgeshire, February 2018: 702 in January 2018 printed; April 2017 made up) from the result\'s changes', () => {
    const r = computeIndicator(count({ changes: { base: '2017-04' } } as Partial<IndicatorSpecInput>), monthly('2017-04', [684, 688, 690, 693, 695, 697, 699, 700, 701, 702]));
    expect(describe(r)).toContain('It is up 2.6% since April 2017 (from 684).');
  });
});

group('the headline', () => {
  const rows = monthly('2017-05', [360, 365, 368, 370, 373]);

  it('fills the template of issue 11', () => {
    expect(describe(computeIndicator(count({ target: 345 }), rows))[0]).toBe(
      'Number of children in care rose from 370 to 373 in September 2017 (up 0.8%), 28 above the target of 345; the highest of the five months from May 2017.',
    );
  });

  it('says improved or worsened by the polarity, with the direction', () => {
    expect(describe(computeIndicator(count({ polarity: 'lower-is-better' }), rows))[0]).toMatch(/^Number of children in care worsened, rising from 370 to 373/);
    expect(describe(computeIndicator(count({ polarity: 'higher-is-better' }), rows))[0]).toMatch(/^Number of children in care improved, rising from 370 to 373/);
    // Closer to the target: 373 is further from 360 than 370 was.
    expect(describe(computeIndicator(count({ polarity: 'closer-to-target', target: 360 }), rows))[0]).toMatch(/^Number of children in care worsened, rising/);
    expect(describe(computeIndicator(count({ polarity: 'closer-to-target', target: [{ from: '2017-01', value: null }] }), rows))[0]).toMatch(/^Number of children in care rose from 370 to 373/);
  });

  it('says unchanged, exactly on target, and the target in percentage points', () => {
    const same = computeIndicator(count({ target: 373 }), monthly('2017-08', [373, 373]));
    expect(describe(same)).toEqual(['Number of children in care was 373 in September 2017, unchanged from August 2017, exactly on the target of 373.']);
    const pct = computeIndicator(
      { id: 'p', title: 'Care leavers with a pathway plan', measure: { type: 'percentage' }, numerator: 'a', denominator: 'b', polarity: 'higher-is-better', target: 95 },
      [
        { period: '2017-08', a: 90, b: 100 },
        { period: '2017-09', a: 93, b: 100 },
      ],
    );
    expect(describe(pct)[0]).toBe('Care leavers with a pathway plan improved, rising from 90.0% to 93.0% in September 2017 (up 3.0 percentage points), 2.0 percentage points below the target of 95.0%.');
  });

  it('gives the rating against the period before, and the change on a year earlier', () => {
    const r = computeIndicator(
      count({ rag: { bands: [{ rating: 'green', max: 365, maxInclusive: true }, { rating: 'red', min: 365, minInclusive: false }] } }),
      monthly('2016-09', [350, ...Array(7).fill(355), 360, 365, 368, 370, 373] as number[]),
    );
    const out = describe(r);
    expect(out).toContain('It is rated red, as in August 2017.');
    expect(out).toContain('It is up 6.6% on a year earlier (350 in September 2016).');
    expect(describe(r, { period: '2017-07' })).toContain('It is rated red, from green in June 2017.');
  });

  it('names a period before with no figure, and a latest period with none in one sentence', () => {
    const r = computeIndicator(count(), monthly('2017-07', [368, null, 373, null]));
    expect(describe(r, { period: '2017-09' }).slice(0, 2)).toEqual([
      'Number of children in care was 373 in September 2017.',
      'There is no figure for August 2017 to compare with (missing data: v has no figure for Aug-17).',
    ]);
    expect(describe(r)).toEqual(['Number of children in care has no figure for October 2017: missing data: v has no figure for Oct-17.']);
  });

  it('reports skipped periods in counts and the range', () => {
    const r = computeIndicator(count(), monthly('2017-06', [100, null, 100, 90]));
    const out = describe(r, { counts: [{ equals: 100 }], runs: [{ atMost: 100 }] });
    expect(out).toContain('Over the last four months it has been ranging from 90 to 100; one of them has no figure (July 2017).');
    expect(out).toContain('It was at 100 in two of the last four months; one of them has no figure (July 2017).');
    const targeted = computeIndicator(count({ polarity: 'lower-is-better', target: [{ from: '2017-05', value: 100 }] }), monthly('2017-01', [1, 2, 3, null, null, 100, 90, 99]));
    expect(describe(targeted, { counts: [{ target: 'met' }] })).toContain(
      'It was meeting its target in three of the last eight months; three of them have no target in force (January 2017 to March 2017); two of them have no figure (April 2017 and May 2017).',
    );
    expect(out).toContain('It has not risen above 100 for the last two months (there is no figure for July 2017: missing data: v has no figure for Jul-17).');
  });
});

group('options are checked loudly', () => {
  const r = computeIndicator(count(), monthly('2017-08', [370, 373]));
  const issues = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (isIndicatorError(e)) return e.issues.map((i) => `${i.code} ${i.path}`);
      throw e;
    }
    return [];
  };
  it('names each problem', () => {
    expect(issues(() => describe(r, { period: '2017-10' }))).toEqual(['out-of-range period']);
    expect(issues(() => describe(r, { perod: '2017-09' } as never))).toEqual(['unknown-key perod']);
    expect(issues(() => describe(r, { unit: 3 } as never))).toEqual(['bad-option unit']);
    expect(issues(() => describe(r, { counts: { atLeast: 3 } } as never))).toEqual(['bad-option counts']);
    expect(issues(() => describe(r, { runs: [{ atleast: 3 }] } as never))).toEqual(['bad-option condition.atleast']);
    expect(issues(() => describe(r, { last: 5 }))).toEqual(['out-of-range last']);
  });
});

group('never a claim the numbers do not support (property)', () => {
  const POLARITIES: Polarity[] = ['neutral', 'higher-is-better', 'lower-is-better', 'closer-to-target'];
  it('rose/fell/unchanged, improved/worsened, the target and "the highest since" hold on the displayed values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 12 }), { nil: null, freq: 6 }), { minLength: 2, maxLength: 14 }),
        fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
        fc.constantFrom(...POLARITIES),
        (values, target, polarity) => {
          fc.pre(values.some((v) => v !== null));
          const rows = monthly('2020-01', values);
          // closer-to-target needs a target: with none in force, a step with no value.
          const targetSpec = target === undefined ? (polarity === 'closer-to-target' ? { target: [{ from: '2020-01', value: null }] } : {}) : { target };
          const r = computeIndicator(count({ polarity, ...targetSpec }), rows);
          const label = (i: number) => core.periodLabel(rows[i]!.period, 'MMMM yyyy');
          const last = values.length - 1;
          const now = values[last]!;
          const text = describe(r)[0]!;
          if (now === null) return void expect(text).toMatch(/has no figure for/);
          const prev = values[last - 1]!;
          const m = /^Number of children in care (?:(rose|fell) from (\d+) to (\d+)|(improved|worsened), (rising|falling) from (\d+) to (\d+)|was (\d+) in \w+ \d+, unchanged|was (\d+) in)/.exec(text);
          expect(m, text).not.toBeNull();
          const dir = m![1] ?? (m![5] === undefined ? undefined : m![5] === 'rising' ? 'rose' : 'fell');
          if (prev === null) expect(m![9]).toBe(String(now));
          else if (prev === now) expect(m![8]).toBe(String(now));
          else {
            expect(dir).toBe(now > prev ? 'rose' : 'fell');
            const better =
              polarity === 'higher-is-better' ? now > prev : polarity === 'lower-is-better' ? now < prev : polarity === 'closer-to-target' && target !== undefined && Math.abs(now - target) !== Math.abs(prev - target) ? Math.abs(now - target) < Math.abs(prev - target) : null;
            expect(m![4]).toBe(better === null ? undefined : better ? 'improved' : 'worsened');
          }
          if (target === undefined) expect(text).not.toMatch(/target/);
          else if (now === target) expect(text).toContain(`exactly on the target of ${target}`);
          else expect(text).toContain(`, ${Math.abs(now - target)} ${now > target ? 'above' : 'below'} the target of ${target}`);
          const since = /; the (joint )?(highest|lowest) (since (\w+ \d+)|of the (\w+) months from (\w+ \d+))\.$/.exec(text);
          if (since !== null) {
            const high = since[2] === 'highest';
            const notBeyond = (v: number) => (high ? v <= now : v >= now);
            let from: number;
            if (since[4] !== undefined) {
              const x = [...values.keys()].find((i) => label(i) === since[4])!;
              expect(high ? values[x]! > now : values[x]! < now).toBe(true);
              from = x + 1;
            } else {
              from = [...values.keys()].find((i) => label(i) === since[6])!;
              expect(since[5]).toBe(last - from + 1 < 10 ? ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][last - from + 1] : String(last - from + 1));
            }
            // At least the three periods before it, each with a value and none beyond it; "joint" when one equals it.
            expect(last - from).toBeGreaterThanOrEqual(3);
            for (let i = from; i < last; i++) expect(values[i] !== null && notBeyond(values[i]!)).toBe(true);
            expect(since[1] !== undefined).toBe(values.slice(from, last).includes(now));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

group('docs/commentary.md', () => {
  const doc = readFileSync(new URL('../../docs/commentary.md', import.meta.url), 'utf8');
  const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  it('has examples', () => expect(blocks.length).toBeGreaterThan(1));
  blocks.forEach((code, n) => {
    it(`example ${n + 1} runs and its commented values hold`, () => {
      let checked = 0;
      const lines = code.split('\n').map((line) => {
        const imp = /^\s*import\s*\{([^}]*)\}\s*from\s*'council-indicators';\s*$/.exec(line);
        if (imp) return `const {${imp[1]}} = __lib;`;
        const m = /^(\s*)(.+?);\s*\/\/\s*(.+)$/.exec(line);
        if (!m || /^(const|let|import)\b/.test(m[2]!.trim())) return line;
        checked += 1;
        return `${m[1]}__eq(${m[2]}, (${m[3]}), ${JSON.stringify(line.trim())});`;
      });
      const js = ts.transpileModule(lines.join('\n'), { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
      new Function('__lib', '__eq', js)(core, (a: unknown, b: unknown, line: string) => expect(a, line).toEqual(b));
      expect(checked).toBeGreaterThan(0);
    });
  });
});

group('in a scorecard', () => {
  it('adds the commentary, escaped, to Markdown and HTML only when asked', async () => {
    const { computeScorecard, toHtml, toMarkdown } = await import('council-indicators/scorecard');
    const card = computeScorecard([count({ title: 'Children in care <*new*>' })], monthly('2017-08', [370, 373]), { asOf: '2017-09', months: 2 });
    const md = toMarkdown(card, { commentary: true });
    expect(md.split('\n').slice(3)).toEqual(['', '**Children in care \\<\\*new\\*\\>.** Children in care \\<\\*new\\*\\> rose from 370 to 373 in September 2017 (up 0.8%).', '']);
    expect(toMarkdown(card)).toBe(toMarkdown(card, { commentary: false }));
    expect(toMarkdown(card)).not.toContain('rose from');
    expect(toHtml(card, { commentary: true })).toContain('<p class="commentary">Children in care &lt;*new*&gt; rose from 370 to 373 in September 2017 (up 0.8%).</p>');
    expect(toHtml(card)).not.toContain('class="commentary"');
    expect(() => toMarkdown(card, { commentary: 'yes' } as never)).toThrow(/commentary must be true or false/);
    expect(() => toMarkdown(card, { comentary: true } as never)).toThrow(/unknown option "comentary"/);
  });
});
