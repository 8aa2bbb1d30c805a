import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  resolve: {
    // Tests and examples import the package by its name, as users do.
    alias: [
      { find: /^council-indicators\/records$/, replacement: fileURLToPath(new URL('../src/records/index.ts', import.meta.url)) },
      { find: /^council-indicators$/, replacement: fileURLToPath(new URL('../src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
  },
});
