import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  resolve: {
    // Tests and examples import the package by its name, as users do.
    alias: [
      { find: /^council-indicators\/testing$/, replacement: fileURLToPath(new URL('../src/testing/index.ts', import.meta.url)) },
      { find: /^council-indicators\/statistics$/, replacement: fileURLToPath(new URL('../src/statistics/index.ts', import.meta.url)) },
      { find: /^council-indicators\/readers$/, replacement: fileURLToPath(new URL('../src/readers/index.ts', import.meta.url)) },
      { find: /^council-indicators\/audit$/, replacement: fileURLToPath(new URL('../src/audit/index.ts', import.meta.url)) },
      { find: /^council-indicators\/scorecard$/, replacement: fileURLToPath(new URL('../src/scorecard/index.ts', import.meta.url)) },
      { find: /^council-indicators\/catalogue$/, replacement: fileURLToPath(new URL('../src/catalogue/index.ts', import.meta.url)) },
      { find: /^council-indicators\/records$/, replacement: fileURLToPath(new URL('../src/records/index.ts', import.meta.url)) },
      { find: /^council-indicators$/, replacement: fileURLToPath(new URL('../src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Needs Chromium: run by `npm run test:browser` (CI installs Chromium first).
    exclude: ['test/browser/**', 'node_modules/**'],
    // Time limits, chosen for a busy 2-core machine (CI is one; `npm run test:load` checks it). Property tests are
    // sized so that no test takes more than about a second on an idle core (each file says what its budget covers).
    // Two CPU-bound neighbours on 2 cores cut a test worker to a half or a third of a core, so expect 3x that. 20 s
    // leaves several times more on top: for a slower box, and for fast-check to shrink a failing property to its
    // counterexample (which can take many times a passing run; a timeout there would lose the counterexample). On a
    // 2-core machine with a load average of 12 no test took over 10 s. A hang still fails in 20 s. A test that
    // needs longer says so with its own timeout and the reason (test/bundle.test.ts: esbuild bundles the source).
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Workers: vitest's default for `run` is one fewer than the cores, so one worker on 2 cores, which leaves a core
    // to vitest's own process (transforming the TypeScript) and to whatever else runs. More workers on 2 cores only
    // share the same CPU and stretch every test's wall time towards its timeout, so it is left at that default.
    // Processes (forks, the default) rather than threads: each test file runs in a fresh process.
    pool: 'forks',
  },
});
