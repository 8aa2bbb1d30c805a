/**
 * Exact decimal arithmetic for the audit, on BigInt rationals: the printed
 * text, the core's `exact` and `formatted` strings and the spec's numbers
 * are all finite decimals, so every comparison and rounding here is exact.
 *
 * @module
 */

/** A rational `n / d` with `d > 0` (not necessarily in lowest terms). @internal */
export interface Dec {
  n: bigint;
  d: bigint;
}

/** Every way a printed figure may have been rounded. @internal */
export type AnyRounding = 'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceiling' | 'floor';

/** @internal */
export const ROUNDINGS: readonly AnyRounding[] = ['half-up', 'half-even', 'half-down', 'up', 'down', 'ceiling', 'floor'];

const DECIMAL = /^([+-]?)(\d+\.?\d*|\.\d+)(?:e([+-]?\d+))?$/i;

function pow10(k: number): bigint {
  return 10n ** BigInt(k);
}

/** A plain decimal (`12`, `-0.5`, `1e-7`) as a rational, or null when the text is not one. @internal */
export function parseDec(text: string): Dec | null {
  const m = DECIMAL.exec(text);
  if (m === null) return null;
  const [whole, frac = ''] = m[2]!.split('.');
  const exp = m[3] === undefined ? 0 : Number(m[3]);
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 400) return null;
  let n = BigInt(`${whole === '' ? '0' : whole}${frac}`);
  if (m[1] === '-') n = -n;
  const scale = frac.length - exp;
  return scale >= 0 ? { n, d: pow10(scale) } : { n: n * pow10(-scale), d: 1n };
}

/** A finite JS number as written in decimal (its shortest round-trip form). @internal */
export function fromNumber(x: number): Dec {
  const q = parseDec(String(x));
  if (q === null) throw new Error(`internal error: ${String(x)} is not a finite number`);
  return q;
}

/** @internal */
export function sub(a: Dec, b: Dec): Dec {
  return { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
}

/** @internal */
export function mul(a: Dec, b: Dec): Dec {
  return { n: a.n * b.n, d: a.d * b.d };
}

/** `a / b`, or null when `b` is zero. @internal */
export function div(a: Dec, b: Dec): Dec | null {
  if (b.n === 0n) return null;
  return b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };
}

/** -1, 0 or 1. @internal */
export function cmp(a: Dec, b: Dec): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** `a` rounded to `decimals` places, as an integer count of `10^-decimals`. @internal */
export function roundUnits(a: Dec, decimals: number, mode: AnyRounding): bigint {
  const scaled = a.n * pow10(decimals);
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  let q = abs / a.d;
  const r = abs - q * a.d;
  if (r !== 0n) {
    const twice = 2n * r;
    const half = twice > a.d ? 1 : twice < a.d ? -1 : 0;
    let away: boolean;
    switch (mode) {
      case 'up':
        away = true;
        break;
      case 'down':
        away = false;
        break;
      case 'ceiling':
        away = !negative;
        break;
      case 'floor':
        away = negative;
        break;
      case 'half-up':
        away = half >= 0;
        break;
      case 'half-down':
        away = half > 0;
        break;
      case 'half-even':
        away = half > 0 || (half === 0 && q % 2n === 1n);
        break;
    }
    if (away) q += 1n;
  }
  return negative ? -q : q;
}

/** `units x 10^-decimals` with exactly `decimals` places, e.g. `'-0.5'`. @internal */
export function unitsToFixed(units: bigint, decimals: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  return `${negative ? '-' : ''}${whole}${decimals > 0 ? `.${frac}` : ''}`;
}

/** `a` rounded to `decimals` places and written with exactly that many. @internal */
export function toFixed(a: Dec, decimals: number, mode: AnyRounding): string {
  return unitsToFixed(roundUnits(a, decimals, mode), decimals);
}

/** The number of decimal places a number needs to be written exactly (at most 40). @internal */
export function placesOf(a: Dec): number {
  for (let k = 0; k <= 40; k++) if ((a.n * pow10(k)) % a.d === 0n) return k;
  return 40;
}
