// Mutation testing of the core: `npm run test:mutation` (not in CI: the whole core takes about an hour on 2 cores).
// One module: `npm run test:mutation -- --mutate src/assessment/direction.ts --concurrency 1`.
// Reports: reports/mutation/index.html and the clear-text table in the terminal. See the README's Development section.
// Equivalent mutants (a fast path, a cache, a check an earlier line already makes) are marked where they are, with
// `// Stryker disable next-line <mutator>: equivalent, <why>` in the source; they count as ignored, not as killed.
// Tests written to kill real survivors are in test/<folder>/*.mutation.test.ts and at the end of
// test/spec/bands.test.ts and test/spec/validate.test.ts.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  $schema: './node_modules/@stryker-mutator/core/schema/stryker-schema.json',
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: {
    // The suite's own config: its aliases resolve `council-indicators` to the sandbox's src/, and its time limits.
    configFile: 'test/vitest.config.ts',
  },
  // Only the tests that cover a mutant run against it (vitest's per-test coverage).
  coverageAnalysis: 'perTest',
  // The core: what every number passes through. Records, catalogue, scorecard and outputs are left out for now.
  mutate: [
    'src/assessment/**/*.ts',
    'src/measures/**/*.ts',
    'src/periods/**/*.ts',
    'src/spec/**/*.ts',
    'src/exact/**/*.ts',
    'src/data/**/*.ts',
    'src/compute.ts',
  ],
  // The core's own tests must kill the core's mutants. The records, catalogue and scorecard tests are left out: they
  // are slow, they test the subpaths, and one of them (derive.test.ts, "whatever TZ is") changes process.env.TZ,
  // which has no effect in the worker threads Stryker's vitest runner uses, so it fails there.
  testFiles: [
    'test/assessment/**/*.test.ts',
    'test/measures/**/*.test.ts',
    'test/periods/**/*.test.ts',
    'test/spec/**/*.test.ts',
    'test/exact/**/*.test.ts',
    'test/data/**/*.test.ts',
    'test/properties/**/*.test.ts',
    'test/outputs/**/*.test.ts',
    'test/golden/**/*.test.ts',
    // compute, errors, error codes, the TSDoc examples, the README (and the bundle test, which covers no mutant)
    'test/*.test.ts',
  ],
  // Mutants in module-level code (constant tables, schemas) would need every test file rerun for each one; skip them.
  ignoreStatic: true,
  // Two test processes: one per core. Lower it to 1 (`--concurrency 1`) on a machine others are using.
  concurrency: 2,
  // A mutant that makes a test loop forever is stopped after its normal time x 2 + 15 s and counted as a timeout
  // (killed). The extra 15 s covers a test slowed by a busy machine, which would otherwise count as a false timeout.
  timeoutFactor: 2,
  timeoutMS: 15_000,
  // A baseline ("dry") run of the whole suite, instrumented, can take several minutes on a busy machine.
  dryRunTimeoutMinutes: 15,
  reporters: ['html', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  // Results are kept per mutant; a later run retests only mutants whose code or tests changed.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // Not copied into Stryker's sandbox: build output and artefacts the tests do not read.
  ignorePatterns: ['/dist', '/coverage', '/test-artifacts', '/demo-output', '/.tmp', '/*.tgz'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
