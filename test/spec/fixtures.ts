/**
 * A spec that sets every field, shared by the validation and JSON Schema
 * tests: valid, and different from every default.
 */
import type { IndicatorSpecInput } from 'council-indicators';

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
