/**
 * Runs every `@example` in the TSDoc of src/ as a test, so the examples
 * cannot drift from the code. A line `expression; // literal` becomes an
 * assertion that the expression deep-equals the literal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as core from 'council-indicators';
import * as records from 'council-indicators/records';
import * as catalogue from 'council-indicators/catalogue';
import * as scorecard from 'council-indicators/scorecard';
import * as testing from 'council-indicators/testing';
import fc from 'fast-check';
import * as statistics from 'council-indicators/statistics';
import * as readers from 'council-indicators/readers';
import * as audit from 'council-indicators/audit';

/** Every entry point of the package, by the subpath an example imports. */
const LIBS = { core, records, catalogue, scorecard, testing, statistics, readers, audit };

const SRC = fileURLToPath(new URL('../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

interface Example {
  file: string;
  name: string;
  code: string;
}

/** The TSDoc block right before each `export function|class|const NAME`. */
function exportedDocs(text: string): { name: string; doc: string | null; internal: boolean }[] {
  const out: { name: string; doc: string | null; internal: boolean }[] = [];
  const re = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export (?:async )?(?:function|class|const) (\w+)/g;
  for (const m of text.matchAll(re)) {
    const doc = m[1] ?? null;
    out.push({ name: m[2]!, doc, internal: doc !== null && doc.includes('@internal') });
  }
  return out;
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const found: Example[] = [];
  for (const { name, doc } of exportedDocs(text)) {
    if (doc === null) continue;
    const lines = doc.split('\n').map((l) => l.replace(/^\s*\*\s?/, ''));
    let inCode = false;
    let afterExample = false;
    let code: string[] = [];
    for (const line of lines) {
      if (line.startsWith('@example')) afterExample = true;
      else if (afterExample && line.trim().startsWith('```ts')) {
        inCode = true;
        code = [];
      } else if (inCode && line.trim().startsWith('```')) {
        inCode = false;
        found.push({ file: relative(SRC, file), name, code: code.join('\n') });
      } else if (inCode) code.push(line);
    }
  }
  return found;
}

function literal(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: new Function(`return (${text});`)() };
  } catch {
    return { ok: false };
  }
}

/** Turn `expr; // literal` lines into assertions, imports into a destructure of the library. */
function instrument(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      const imp = /^\s*import\s*\{([^}]*)\}\s*from\s*'council-indicators(?:\/([\w/]+))?';\s*$/.exec(line);
      if (imp) return `const {${imp[1]}} = __lib[${JSON.stringify(imp[2] ?? 'core')}];`;
      // The testing kit's examples draw from its arbitraries with fast-check.
      if (/^\s*import fc from 'fast-check';\s*$/.test(line)) return 'const fc = __fc;';
      const m = /^(\s*)(.+?);\s*\/\/\s*(.+)$/.exec(line);
      if (!m || /^(const|let|var|import|if|for|return|throw)\b/.test(m[2]!.trim())) return line;
      if (!literal(m[3]!).ok) return line;
      return `${m[1]}__eq(${m[2]}, (${m[3]}), ${JSON.stringify(line.trim())});`;
    })
    .join('\n');
}

const files = sourceFiles(SRC);
const examples = files.flatMap(examplesOf);
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...a: unknown[]) => Promise<void>;

describe('TSDoc examples run and their commented values hold', () => {
  it('finds examples', () => {
    expect(examples.length).toBeGreaterThan(10);
  });
  for (const ex of examples) {
    it(`${ex.file}: ${ex.name}`, async () => {
      const js = ts.transpileModule(instrument(ex.code), {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      }).outputText;
      let assertions = 0;
      const eq = (actual: unknown, expected: unknown, line: string) => {
        assertions += 1;
        expect(actual, line).toEqual(expected);
      };
      await new AsyncFunction('__lib', '__eq', '__fc', js)(LIBS, eq, fc);
      expect(assertions, 'an example should state at least one value').toBeGreaterThan(0);
    });
  }
});

describe('every public export has TSDoc with an @example', () => {
  const publicNames = new Set(Object.values(LIBS).flatMap((lib) => Object.keys(lib)));
  for (const file of files) {
    for (const { name, doc, internal } of exportedDocs(readFileSync(file, 'utf8'))) {
      if (internal || !publicNames.has(name)) continue;
      it(`${relative(SRC, file)}: ${name}`, () => {
        expect(doc, `${name} has no TSDoc`).not.toBeNull();
        expect(doc).toContain('@example');
      });
    }
  }
  it('covers every runtime export of the package', () => {
    const documented = new Set(files.flatMap((f) => exportedDocs(readFileSync(f, 'utf8')).map((d) => d.name)));
    expect([...publicNames].filter((n) => !documented.has(n))).toEqual([]);
  });
});
