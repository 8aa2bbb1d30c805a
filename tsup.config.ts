import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', records: 'src/records/index.ts', catalogue: 'src/catalogue/index.ts', scorecard: 'src/scorecard/index.ts' },
  format: ['esm', 'cjs'],
  // Shared chunks in both formats: every entry point of a format shares one
  // copy of the core, so one IndicatorError class and one registry of
  // validated specs, whichever subpath an error or a spec comes from.
  splitting: true,
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
});
