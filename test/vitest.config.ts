import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  resolve: {
    // Tests and examples import the package by its name, as users do.
    alias: [
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
  },
});
