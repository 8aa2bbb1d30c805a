/**
 * The chi-square quantile behind the exact Poisson limits, in one place.
 *
 * It comes from jStat (`jStat.chisquare.inv`: Numerical Recipes' inverse of
 * the regularised incomplete gamma function, refined by Halley steps), not
 * from `@stdlib/stats-base-dists-chisquare-quantile`: stdlib's 0.2.3 (and
 * its incomplete gamma 0.3.1) is wrong above the mean for large degrees of
 * freedom, so its upper Poisson limit was too high by up to 2e-4 relative
 * from 936 events on (938 at 95%: 1000.166 where the limit is 1000.001),
 * which PHEindicatormethods' published funnel data showed. jStat agrees
 * with SciPy to 6e-12 relative for every count from 0 to 3,000 and on a grid
 * to 2,000,000, at levels 0.9 to 0.999 (test/statistics/poisson-scipy.test.ts),
 * and its bundle is half the size.
 *
 * @module
 */
import jstat from 'jstat';

/** The largest count whose exact limits were checked against SciPy; larger counts are refused. @internal */
export const EXACT_MAX = 2_000_000;

/** The `p` quantile of the chi-square distribution with `dof` degrees of freedom. @internal */
export function chiSquareQuantile(p: number, dof: number): number {
  return jstat.jStat.chisquare.inv(p, dof);
}
