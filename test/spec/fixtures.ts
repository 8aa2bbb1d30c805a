/**
 * Specs shared by the validation, issue-code and JSON Schema tests: a
 * minimal valid spec to vary, and one that sets every field; and the issues
 * of an input that must fail validation.
 */
import { validateSpec } from 'council-indicators';
import type { IndicatorIssue, IndicatorSpecInput } from 'council-indicators';

/** A minimal valid spec (a percentage, higher is better) to vary. */
export const base = {
  id: 'pathway-plans',
  title: 'Leaving care cases with a pathway plan',
  measure: { type: 'percentage' },
  numerator: 'withPlan',
  denominator: 'cases',
  polarity: 'higher-is-better',
} as const satisfies IndicatorSpecInput;

/** The issues of an input that must fail validation. */
export function issuesOf(input: unknown): IndicatorIssue[] {
  const result = validateSpec(input);
  if (result.ok) throw new Error(`expected validation to fail, got ${JSON.stringify(result.spec)}`);
  return result.issues;
}

/** A spec that sets every field: valid, and different from every default. */

export const full: IndicatorSpecInput = {
  id: 'cic-rate',
  title: 'Children in care per 10,000',
  description: 'Children in care at month end per 10,000 children aged 0-17.',
  measure: { type: 'rate', per: 10000 },
  numerator: { field: 'cic', aggregate: 'last' },
  denominator: { value: 47715 },
  window: { type: 'year-to-date', yearStartMonth: 9 },
  decimals: 2,
  rounding: 'half-even',
  polarity: 'lower-is-better',
  target: [
    { from: '2017-04', value: 74 },
    { from: '2018-04', value: null },
  ],
  variance: { type: 'relative', using: 'rounded' },
  rag: [
    {
      from: '2017-04',
      rag: {
        on: 'value',
        using: 'exact',
        bands: [
          { rating: 'green', max: 74, maxInclusive: true, label: 'G <= 74' },
          { rating: 'red', min: 74, minInclusive: false, label: 'R > 74' },
        ],
      },
    },
    { from: '2018-04', rag: null },
  ],
  directionOfTravel: { compare: 'same-period-last-year', tolerance: 0.5 },
};
