/**
 * Helpers shared by the bundle tests (test/bundle.test.ts,
 * test/statistics/bundle.test.ts, test/readers/bundle.test.ts): esbuild
 * bundles the source for a browser, minified, in memory.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The repository's root, where the bundles resolve `src/...` from. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * An esbuild bundle takes about 0.3 s on an idle core; on a busy 2-core
 * machine ten times that. Above the suite's 20 s default on purpose: a
 * bundle never shrinks its work the way a property test can.
 */
export const BUNDLE_TIMEOUT = 30_000;

/** esbuild's options for a minified browser bundle kept in memory, with its metafile. */
export const BROWSER_BUILD = {
  bundle: true,
  minify: true,
  platform: 'browser',
  write: false,
  metafile: true,
  logLevel: 'silent',
} as const;

/**
 * An ES module that re-exports `names` from `entry` (a path from the root),
 * bundled: its size minified and gzipped, and the modules (and of those, the
 * source files) that kept code in the output after tree-shaking.
 */
export async function bundle(entry: string, names: readonly string[]) {
  const result = await build({
    ...BROWSER_BUILD,
    stdin: { contents: `export { ${names.join(', ')} } from './${entry}';`, resolveDir: ROOT, loader: 'ts' },
    format: 'esm',
  });
  const text = result.outputFiles[0]!.text;
  const kept = Object.values(result.metafile.outputs)[0]!.inputs;
  const modules = Object.keys(kept).filter((p) => kept[p]!.bytesInOutput > 0);
  const sources = modules.filter((p) => p.includes('src/'));
  return { bytes: text.length, gzipped: gzipSync(text).length, sources, modules };
}
