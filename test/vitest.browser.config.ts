import base from './vitest.config.js';

/**
 * The browser suite: renders scorecard HTML in headless Chromium
 * (`/usr/bin/chromium`, Debian's `chromium` package). `npm run test:browser`.
 * Same resolution as the main suite; only the test files differ.
 */
export default {
  ...base,
  test: {
    ...base.test,
    include: ['test/browser/**/*.test.ts'],
    exclude: ['node_modules/**'],
    testTimeout: 60_000,
  },
};
