/**
 * One counter per record measure. `deriveMonthly` shows each child to every
 * counter once: its periods of care (episodes joined where one starts the
 * day the last ended), its episodes and its events. Counts at month ends
 * (in care, placements, stability; `month-ends.ts`) are worked out as spans
 * of months and added to difference arrays; counts of things that happen
 * (starts, ends, events; `flows.ts`) go straight to their month.
 *
 * @internal
 * @module
 */
import type { IndicatorIssue } from '../index.js';
import { DaysBetween, Ended, Events, EventWithin, Started } from './flows.js';
import { InCare, Placements, Stability } from './month-ends.js';
import type { ChildFilter, RecordMeasure } from './types.js';
import type { Context, Counter } from './view.js';

/** The counter for a measure; problems found while counting go to `issues`. */
export function counterFor(measure: RecordMeasure, ctx: Context, issues: IndicatorIssue[], name: string): Counter {
  switch (measure.type) {
    case 'in-care':
      return new InCare(measure, ctx);
    case 'started':
      return new Started(measure, ctx);
    case 'ended':
      return new Ended(measure, ctx);
    case 'placements':
      return new Placements(measure, ctx);
    case 'long-term-stability':
      return new Stability(measure, ctx);
    case 'event-within':
      return new EventWithin(measure, ctx, issues, name);
    case 'days-between':
      return new DaysBetween(measure, ctx, issues, name);
    case 'events':
      return new Events(measure, ctx);
  }
}

/** The event types a set of measures reads. */
export function eventTypesRead(measures: readonly RecordMeasure[]): Set<string> {
  const types = new Set<string>();
  const filter = (f: ChildFilter | undefined) => f?.hadEvent !== undefined && types.add(f.hadEvent.type);
  for (const m of measures) {
    if (m.type === 'in-care' || m.type === 'started' || m.type === 'placements' || m.type === 'long-term-stability') filter(m.filter);
    else if (m.type === 'event-within' || m.type === 'events') types.add(m.event);
    else if (m.type === 'days-between') {
      types.add(m.to);
      types.add(m.from);
    }
  }
  return types;
}

/** Each event type a measure reads, with the path of the option that names it. */
export function eventTypeReads(measure: RecordMeasure): { path: string; type: string }[] {
  const out: { path: string; type: string }[] = [];
  switch (measure.type) {
    case 'in-care':
    case 'started':
    case 'placements':
    case 'long-term-stability':
      if (measure.filter?.hadEvent !== undefined) out.push({ path: 'filter.hadEvent.type', type: measure.filter.hadEvent.type });
      break;
    case 'event-within':
    case 'events':
      out.push({ path: 'event', type: measure.event });
      break;
    case 'days-between':
      if (measure.from !== 'period-start') out.push({ path: 'from', type: measure.from });
      out.push({ path: 'to', type: measure.to });
      break;
    case 'ended':
      break;
  }
  return out;
}
