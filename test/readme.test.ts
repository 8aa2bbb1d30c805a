/**
 * The README's quickstart runs, and the results its comments show are the
 * results it gets.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { expect, it } from 'vitest';
import * as lib from 'council-indicators';
import * as records from 'council-indicators/records';
import * as catalogue from 'council-indicators/catalogue';
import * as scorecard from 'council-indicators/scorecard';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const quickstart = /## Quickstart\s+```ts\n([\s\S]*?)```/.exec(readme)![1]!;

/** The object literal written in the `//` comment lines that follow `marker`. */
function commentedLiteral(marker: string): unknown {
  const lines = quickstart.split('\n');
  const start = lines.findIndex((l) => l.includes(marker));
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const m = /^\s*\/\/ ?(.*)$/.exec(line);
    if (!m) break;
    body.push(m[1]!);
  }
  const text = body.join('\n').replace(/^\s*INVALID_DATA /, '');
  return new Function(`return (${text});`)();
}

it('runs the quickstart and gets the results its comments show', async () => {
  const code = quickstart
    .replace(/import \{([^}]*)\} from 'council-indicators';/, 'const {$1} = __lib;')
    .concat('\nreturn september;');
  const js = ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  const logged: unknown[][] = [];
  const fakeConsole = { log: (...args: unknown[]) => logged.push(args) };
  const september = new Function('__lib', 'console', js)(lib, fakeConsole);

  expect(september).toEqual(commentedLiteral('const september'));
  expect(logged).toHaveLength(1);
  expect(logged[0]![0]).toBe('INVALID_DATA');
  expect(logged[0]![1]).toEqual(commentedLiteral('console.log(e.code, e.issues)'));
});

it('runs the case-records example and gets the rows and figures its comments show', () => {
  const block = /## From case records to indicators[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  const code = block
    .replace(/import \{([^}]*)\} from 'council-indicators';/, 'const {$1} = __lib;')
    .replace(/import \{([^}]*)\} from 'council-indicators\/records';/, 'const {$1} = __records;');
  const js = ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  const logged: unknown[][] = [];
  new Function('__lib', '__records', 'console', js)(lib, records, { log: (...args: unknown[]) => logged.push(args) });

  const lines = block.split('\n');
  const after = (marker: string) => {
    const start = lines.findIndex((l) => l.includes(marker));
    const out: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (!line.startsWith('// ')) {
        if (out.length > 0) break;
        continue;
      }
      out.push(line.slice(3));
    }
    return out;
  };
  const expectedRows = new Function(`return (${after('console.log(rows);').join('\n')});`)();
  expect(logged[0]).toEqual([expectedRows]);
  const printed = logged.slice(1).map((args) => args.map(String).join(' '));
  expect(printed).toEqual(after('console.log(p.period'));
});

it('runs the scorecard example and prints the table its comments show', () => {
  const block = /## Scorecards[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  const code = block
    .replace(/import \{([^}]*)\} from 'council-indicators\/catalogue';/, 'const {$1} = __catalogue;')
    .replace(/import \{([^}]*)\} from 'council-indicators\/scorecard';/, 'const {$1} = __scorecard;');
  const js = ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  const logged: unknown[][] = [];
  new Function('__catalogue', '__scorecard', 'console', js)(catalogue, scorecard, { log: (...args: unknown[]) => logged.push(args) });
  const expected = block
    .split('\n')
    .filter((l) => l.startsWith('// '))
    .map((l) => l.slice(3));
  expect(logged).toHaveLength(1);
  expect(String(logged[0]![0]).trimEnd().split('\n')).toEqual(expected);
});
