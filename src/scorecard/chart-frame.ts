/**
 * The scaffolding the scorecard's SVG charts share (the line chart of
 * svg.ts and the XmR chart of xmr-svg.ts): the frame's size and colours,
 * coordinates, the marker shapes, the opening of an accessible chart, the
 * period axis (months, quarters or years) and the key along the bottom.
 *
 * @module
 */
import type { Frequency, Period } from '../index.js';
import { escapeHtml } from './escape.js';
import { shortLabel } from './periods.js';

export const WIDTH = 760;
export const HEIGHT = 300;
export const LEFT = 64;
const RIGHT = 24;
export const TOP = 20;
const BOTTOM = 70;
export const PLOT_W = WIDTH - LEFT - RIGHT;
export const PLOT_H = HEIGHT - TOP - BOTTOM;
/** The bottom of the plot area, where the month axis runs. */
export const AXIS_Y = TOP + PLOT_H;
export const INK = '#1f2328';
export const MUTED = '#57606a';
export const GRID = '#e1e4e8';

/** A coordinate to one decimal place: short, deterministic markup. */
export function n(x: number): string {
  const r = Math.round(x * 10) / 10;
  return String(r === 0 ? 0 : r);
}

/** A circle of radius `r` at (`x`, `y`); `paint` is its fill and stroke attributes. */
export function circle(x: number, y: number, r: number, paint: string): string {
  return `<circle cx="${n(x)}" cy="${n(y)}" r="${r}" ${paint}/>`;
}

/** A diamond centred on (`x`, `y`). */
export function diamond(x: number, y: number, paint: string): string {
  return `<path d="M${n(x)} ${n(y - 7)}L${n(x + 7)} ${n(y)}L${n(x)} ${n(y + 7)}L${n(x - 7)} ${n(y)}Z" ${paint}/>`;
}

/** A square centred on (`x`, `y`). */
export function square(x: number, y: number, paint: string): string {
  return `<rect x="${n(x - 5)}" y="${n(y - 5)}" width="10" height="10" ${paint}/>`;
}

/** A triangle pointing up, centred near (`x`, `y`). */
export function triangleUp(x: number, y: number, paint: string): string {
  return `<path d="M${n(x)} ${n(y - 7)}L${n(x + 6.5)} ${n(y + 5)}L${n(x - 6.5)} ${n(y + 5)}Z" ${paint}/>`;
}

/** The months' columns: a band per month across the plot, and the x of month `i`'s centre. */
export function columns(months: number): { count: number; band: number; cx: (i: number) => number } {
  const count = Math.max(months, 1);
  const band = PLOT_W / count;
  return { count, band, cx: (i: number) => LEFT + (i + 0.5) * band };
}

/**
 * The opening of an accessible chart: the `<svg>` tag (`role="img"`,
 * labelled by its title and description; `attributes` added as they are)
 * and its `<title>` and `<desc>`, escaped.
 */
export function chartHead(id: string, className: string, attributes: string, title: string, description: string): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="${className}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc"${attributes} font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="12">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(description)}</desc>`,
  ];
}

/** The month axis's line along the bottom of the plot. */
export function monthAxisLine(): string {
  return `<line x1="${LEFT}" x2="${LEFT + PLOT_W}" y1="${AXIS_Y}" y2="${AXIS_Y}" stroke="${MUTED}"/>`;
}

/**
 * How many periods apart the axis labels are, so that they do not overlap:
 * at most one per 64 pixels for months (`Sep-17`) and years (`2017-18`),
 * one per 84 for quarters (`Q1 2017-18`).
 */
export function labelEvery(count: number, frequency: Frequency = 'month'): number {
  return Math.ceil(count / Math.floor(PLOT_W / (frequency === 'quarter' ? 84 : 64)));
}

/** A period's label under the axis, centred at `x`: `Sep-17`, `Q1 2017-18`, `2017-18`. */
export function monthLabel(x: string, period: Period, frequency: Frequency = 'month'): string {
  return `<text x="${x}" y="${AXIS_Y + 19}" text-anchor="middle" fill="${INK}">${escapeHtml(shortLabel(period, frequency))}</text>`;
}

/** The key along the bottom: each item's symbol (drawn about (12, 0)) and its text, in a row. */
export function legendRow(items: readonly (readonly [symbol: string, text: string])[]): string {
  let x = LEFT;
  const parts = [`<g aria-hidden="true" transform="translate(0 ${HEIGHT - 16})">`];
  for (const [symbol, text] of items) {
    parts.push(`<g transform="translate(${n(x)} 0)">${symbol}<text x="30" y="0" dy="0.32em" fill="${INK}">${text}</text></g>`);
    x += 38 + text.length * 7;
  }
  parts.push('</g>');
  return parts.join('');
}
