/**
 * What the command-line tool touches outside itself: its output streams,
 * the files it reads and writes, the environment and the terminal. Passed
 * in, so that `run` is tested in-process with plain strings.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { SingleBar } from 'cli-progress';

/** A progress bar over a number of steps, shown on standard error. */
export interface Progress {
  /** Move to `step` of the total, naming what is being done. */
  update(step: number, stage: string): void;
  /** Finish the bar and leave the line. */
  stop(): void;
}

/** Everything `run` reads from or writes to the world. */
export interface CliIo {
  /** Write to standard output. */
  stdout(text: string): void;
  /** Write to standard error. */
  stderr(text: string): void;
  /** A text file's contents (UTF-8). Throws Node's error (with `code`, e.g. `ENOENT`) when it cannot be read. */
  readFile(path: string): string;
  /** Write a text file (UTF-8), replacing it. */
  writeFile(path: string, text: string): void;
  /** Whether standard output is a terminal. */
  stdoutIsTTY: boolean;
  /** Whether standard error is a terminal (colour, the progress bar). */
  stderrIsTTY: boolean;
  /** The environment: `NO_COLOR` is read. */
  env: Readonly<Record<string, string | undefined>>;
  /** A progress bar of `total` steps on standard error. */
  progress(total: number): Progress;
}

/** The real process: its streams, the file system and `cli-progress` on standard error. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    progress(total) {
      const bar = new SingleBar({
        stream: process.stderr,
        format: '{bar} {value}/{total} {stage}',
        hideCursor: true,
        clearOnComplete: true,
        barsize: 30,
      });
      bar.start(total, 0, { stage: '' });
      return {
        update: (step, stage) => bar.update(step, { stage }),
        stop: () => bar.stop(),
      };
    },
  };
}
