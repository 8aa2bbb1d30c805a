import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      records: 'src/records/index.ts',
      catalogue: 'src/catalogue/index.ts',
      scorecard: 'src/scorecard/index.ts',
      testing: 'src/testing/index.ts',
      statistics: 'src/statistics/index.ts',
      readers: 'src/readers/index.ts',
      audit: 'src/audit/index.ts',
    },
    format: ['esm', 'cjs'],
    // Shared chunks in both formats: every entry point of a format shares one
    // copy of the core, so one IndicatorError class and one registry of
    // validated specs, whichever subpath an error or a spec comes from.
    splitting: true,
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    // csv-parse's browser build is ESM only: bundled in, so the CJS build of
    // council-indicators/readers never require()s an ES module (which Node 20
    // before 20.19 cannot do).
    noExternal: ['csv-parse'],
    // The CLI's files are written by the config below, at the same time: not cleaned here.
    clean: ['!cli.js', '!cli.js.map'],
  },
  {
    // The command-line tool (the package's `bin`): Node only, ESM, one file.
    // The package's own entry points are imported by name and left external,
    // so at run time they resolve through the package's self-reference to
    // dist/*.js, the chunks every ESM user loads: one IndicatorError class and
    // one registry of validated specs, and no second copy of the core.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: [/^council-indicators(\/.*)?$/],
    splitting: false,
    dts: false,
    sourcemap: true,
    clean: false,
    treeshake: true,
  },
]);
