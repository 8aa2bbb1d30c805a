/**
 * The `council-indicators` executable: `run` on the real process.
 *
 * @module
 */
import { nodeIo } from './io.js';
import { run } from './run.js';

process.exitCode = run(process.argv.slice(2), nodeIo());
