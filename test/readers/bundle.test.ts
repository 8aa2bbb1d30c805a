/**
 * The readers run in a browser: bundled for one with esbuild (csv-parse's
 * browser build, which carries its own Buffer), they import no Node module,
 * and they read a CSV in a bare JavaScript realm that has no Buffer, process
 * or require.
 */
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { BROWSER_BUILD, BUNDLE_TIMEOUT, ROOT } from '../bundle-helpers.js';

it('the readers bundle for a browser and read CSV without Node', async () => {
  const result = await build({
    ...BROWSER_BUILD,
    entryPoints: ['src/readers/index.ts'],
    absWorkingDir: ROOT,
    format: 'iife',
    globalName: 'readers',
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.filter((p) => p.startsWith('node:') || /(^|\/)node_modules\/(buffer|process)\//.test(p))).toEqual([]);
  expect(inputs.some((p) => p.includes('csv-parse/dist/esm/sync.js'))).toBe(true);
  // Measured: about 75 kB minified, of which csv-parse and its Buffer are 52 kB.
  const code = result.outputFiles[0]!.text;
  expect(code.length).toBeLessThan(120_000);
  const realm: Record<string, unknown> = {};
  runInNewContext(`${code}\nglobalThis.result = readers.readRows('period,n\\r\\nSep-17," 12 "\\r\\n');`, realm);
  expect(realm.Buffer).toBeUndefined();
  expect(JSON.stringify(realm.result)).toBe('[{"period":"2017-09","n":12}]');
}, BUNDLE_TIMEOUT);
