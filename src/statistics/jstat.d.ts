// The part of jStat 1.9 (a CommonJS/UMD package with no types of its own) that the statistics use.
declare module 'jstat' {
  const jstat: {
    jStat: {
      chisquare: {
        /** The chi-square quantile: the x with P(X <= x) = p for `dof` degrees of freedom. */
        inv(p: number, dof: number): number;
      };
    };
  };
  export default jstat;
}
