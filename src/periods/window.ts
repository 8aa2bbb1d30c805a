/**
 * Windows: which months a reported figure covers.
 *
 * @module
 */
import { monthOf } from './period.js';

/** The months a figure covers, ending with the reported month. */
export type WindowSpec =
  | { type: 'period' }
  | { type: 'rolling'; months: number }
  | { type: 'year-to-date'; yearStartMonth: number };

/**
 * First month index of the window that ends with month `index`.
 *
 * @internal
 */
export function windowStart(window: WindowSpec, index: number): number {
  switch (window.type) {
    case 'period':
      return index;
    case 'rolling':
      return index - window.months + 1;
    case 'year-to-date': {
      const back = (monthOf(index) - window.yearStartMonth + 12) % 12;
      return index - back;
    }
  }
}
