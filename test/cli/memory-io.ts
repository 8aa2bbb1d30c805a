/** An in-memory `CliIo` for running the command line in-process. */
import type { CliIo, Progress } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

export interface Ran {
  status: number;
  stdout: string;
  stderr: string;
  written: Record<string, string>;
  progress: { total: number; steps: [number, string][]; stopped: boolean }[];
}

export interface MemoryOptions {
  stderrIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  env?: Record<string, string | undefined>;
}

/** Run `argv` against files held in memory. */
export function runIn(files: Record<string, string>, argv: string[], options: MemoryOptions = {}): Ran {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const progress: Ran['progress'] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile(path) {
      if (Object.hasOwn(written, path)) return written[path]!;
      if (!Object.hasOwn(files, path)) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return files[path]!;
    },
    writeFile(path, text) {
      if (path.startsWith('/nonexistent/')) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      written[path] = text;
    },
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    env: options.env ?? {},
    progress(total): Progress {
      const bar = { total, steps: [] as [number, string][], stopped: false };
      progress.push(bar);
      return { update: (step, stage) => void bar.steps.push([step, stage]), stop: () => void (bar.stopped = true) };
    },
  };
  const status = run(argv, io);
  return { status, stdout: out.join(''), stderr: err.join(''), written, progress };
}
