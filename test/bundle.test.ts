/**
 * The core bundles for a browser (no Node built-ins), leaves the records,
 * catalogue and scorecard code out when only the core is imported, and stays
 * under a size ceiling. Bundled from source with esbuild, minified.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

async function bundle(entry: string, names: string[]) {
  const result = await build({
    stdin: { contents: `export { ${names.join(', ')} } from './${entry}';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]!.text;
  // The source files that kept code in the output, after tree-shaking.
  const kept = Object.values(result.metafile.outputs)[0]!.inputs;
  const sources = Object.keys(kept).filter((p) => p.includes('src/') && kept[p]!.bytesInOutput > 0);
  return { bytes: text.length, gzipped: gzipSync(text).length, sources };
}

describe('bundles', () => {
  it('the core builds for a browser and leaves the subpaths out', async () => {
    const core = await bundle('src/index.ts', ['computeIndicator', 'defineIndicator', 'validateSpec', 'isIndicatorError']);
    expect(core.sources.some((p) => /src\/(records|catalogue|scorecard)\//.test(p))).toBe(false);
    // Ceilings with some room: 157 kB minified and 51 kB gzipped when written, zod most of it.
    expect(core.bytes).toBeLessThan(180_000);
    expect(core.gzipped).toBeLessThan(60_000);
  }, 30_000);

  it('importing one period helper does not pull in the engine', async () => {
    const helper = await bundle('src/index.ts', ['periodRange']);
    expect(helper.sources.map((p) => p.replace(/^.*src\//, 'src/'))).toEqual(['src/periods/period.ts']);
    expect(helper.bytes).toBeLessThan(2_000);
  }, 30_000);

  it('records build for a browser too', async () => {
    const records = await bundle('src/records/index.ts', ['deriveMonthly', 'addWorkingDays']);
    expect(records.sources.some((p) => /src\/(catalogue|scorecard)\//.test(p))).toBe(false);
    expect(records.bytes).toBeLessThan(150_000);
  }, 30_000);
});
