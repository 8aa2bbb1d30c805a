/**
 * `council-indicators`, the command-line tool: the commands, their options
 * and help, exit statuses. A thin layer over commands.ts: parse the
 * arguments, call the command, write its text, print problems.
 *
 * Exit status: 0 on success; 1 when the inputs are wrong (every issue
 * printed on standard error, nothing written); 2 on a usage error (an
 * unknown command or option, a missing option value, a bad `--format`).
 *
 * @module
 */
import { Command, CommanderError, Option } from 'commander';
import { version } from '../../package.json';
import { auditCommand } from './audit.js';
import { deriveCommand } from './derive.js';
import { catalogueCommand, computeCommand, scorecardCommand, schemaCommand, validateCommand } from './commands.js';
import type { CliIo } from './io.js';
import { InputProblem, asProblem, formatProblem, styleFor, useColour } from './issues.js';
import { FORMATS, formatOfFile } from './outputs.js';
import type { Format } from './outputs.js';

/** Exit statuses. */
const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

const BIN = 'council-indicators';

/** Write `text` to `--out`, or to standard output. */
function emit(io: CliIo, text: string, out: string | undefined): void {
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  try {
    io.writeFile(out, text);
  } catch (e) {
    throw new InputProblem('INVALID_OPTIONS', [
      { code: 'bad-option', path: '--out', message: `cannot write ${JSON.stringify(out)}: ${String((e as Error).message ?? e)}` },
    ]);
  }
  io.stderr(`wrote ${out}\n`);
}

/** A usage error found after the arguments are parsed: printed as commander prints its own, exit status 2. */
class UsageError extends Error {}

/**
 * `--format`, else the `--out` file's extension, else the command's default.
 * An `--out` file whose extension names none of `formats`, without
 * `--format`, is a usage error: its reader would expect another format.
 */
function formatFor<F extends Format>(options: { format?: F; out?: string }, fallback: F, formats: readonly F[] = FORMATS as readonly Format[] as readonly F[]): F {
  if (options.format !== undefined) return options.format;
  if (options.out === undefined) return fallback;
  const fromOut = formatOfFile(options.out);
  if (fromOut !== undefined && (formats as readonly Format[]).includes(fromOut)) return fromOut as F;
  const endings = formats.flatMap((f) => (f === 'md' ? ['.md', '.markdown'] : f === 'html' ? ['.html', '.htm'] : [`.${f}`])).join(', ');
  throw new UsageError(
    `--out ${JSON.stringify(options.out)}: cannot tell the output format from the file's name (this command writes ${formats.join(', ')}): ` +
      `end the name with ${endings}, or say the format with --format, e.g. --format ${fallback}`,
  );
}

function formatOption(fallback: string): Option {
  return new Option('--format <format>', `output format (default: from the --out file's extension, else ${fallback})`).choices(FORMATS);
}

function specOptions(command: Command): Command {
  return command
    .option('--spec <file...>', 'an indicator spec: a JSON or YAML file holding one spec or a list of specs (repeatable)')
    .option('--catalogue <id...>', 'a spec from the catalogue, by id (repeatable; see `council-indicators catalogue`)')
    .option('--settings <file>', "local settings for the --catalogue entries, by id: a JSON or YAML object such as { \"cic-rate-per-10k\": { \"population\": 48117, \"target\": 74 } }");
}

function dataOptions(command: Command): Command {
  return command
    .option('--data <file>', 'the data, one row a month, quarter or year: .csv (with a header line), .tsv or .tab (separated by tabs), .txt (with --delimiter), .json (an array of rows) or .jsonl (one row a line)')
    .option('--period-column <name>', 'the column holding the month, quarter or year (default: period)')
    .option('--delimiter <char>', 'CSV: the character between cells (default: ",", or a tab for .tsv and .tab), e.g. ";" or "\\t"')
    .option('--thousands', 'read 1,234 as 1234 (default: a comma in a figure is an error)')
    .addOption(new Option('--decimal <char>', 'the decimal point, "." or ","; with ",", 12,5 is 12.5 and 1.234 is 1234 (default: "."; a ";"-separated file refuses 1.234 as ambiguous)').choices(['.', ',']))
    .option('--percent', 'read 12% as the number 12 (default: a percent sign is an error)');
}

/** Build the program; `act` runs a command's work and records its exit status. */
function program(io: CliIo, act: (work: () => void) => void): Command {
  const colour = useColour(io);
  const noColour = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const root = new Command(BIN)
    .description('Exact, validated performance indicators for UK council reporting, from the command line.')
    .version(version, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      getOutHasColors: () => io.stdoutIsTTY && !noColour,
      getErrHasColors: () => colour,
      outputError: (s, write) => write(colour ? `\u001b[31m${s}\u001b[39m` : s),
    })
    .showHelpAfterError(`(run ${BIN} --help, or ${BIN} <command> --help, for usage)`)
    .addHelpText(
      'after',
      `
Exit status: 0 done; 1 the inputs are wrong (every problem printed, nothing written); 2 a usage error.

Example, a scorecard page from a CSV of monthly figures and a JSON spec:
  $ ${BIN} scorecard --spec spec.json --data data.csv --as-of 2017-09 --out scorecard.html

Documentation: docs/cli.md in the package (node_modules/council-indicators/docs/cli.md).`,
    );

  dataOptions(specOptions(root.command('compute').description('compute indicators from monthly, quarterly or yearly data: every period of every spec')))
    .option('--from <period>', 'first period to report: a month (2017-04, Apr-17, April 2017, ...), or a quarter or year for quarterly or yearly data or with --every (2017-Q2, Q1 2017-18, 2017-18); default: the data\'s first')
    .option('--to <period>', 'last period to report, as --from; default: the data\'s last, or with --every the last quarter or year the data cover whole')
    .option('--every <period>', 'report the data every quarter, year (April to March), financial-year or calendar-year')
    .addOption(formatOption('csv'))
    .option('--out <file>', 'write to this file instead of standard output')
    .addHelpText(
      'after',
      `
CSV columns: id, title, period, status, numerator, denominator, exact, value, target, variance, rag, direction, trend,
reason (why a period has no value); quarters and years add period_label (Q2 2017-18) after period. JSON is the
library's computeIndicator result, one per spec.

Data may be monthly, quarterly (2017-Q2, Q1 2017-18) or yearly (2017-18, 2017/18, 2017), one frequency a file;
--from and --to are then quarters or years. Without --from and --to, rows more than two years apart are an error
(a typo such as 2071-09 would stretch the report): fix the row, or give both. With --every and no --to, the last
period is the last quarter or year the data cover whole (a note on standard error says so).
Specs with confidence intervals ("confidence": [0.95, 0.998]) are computed with them: CSV adds ci95_lower,
ci95_upper (and so on for each level) after value, Markdown and HTML a "95% CI" column, JSON the intervals.

Example:
  $ ${BIN} compute --spec admissions.json --data admissions.csv --from 2017-04 --to 2017-09
  $ ${BIN} compute --spec admissions.json --data admissions.csv --every quarter --from 2017-Q2
  $ ${BIN} compute --catalogue cic-number-in-care --settings settings.yaml --data data.csv --format md --out results.md`,
    )
    .action((options) => act(() => emit(io, computeCommand(io, { ...options, format: formatFor(options, 'csv') }), options.out)));

  dataOptions(specOptions(root.command('scorecard').description('a scorecard of many indicators at one month: HTML (default), Markdown, CSV or JSON')))
    .option('--as-of <period>', 'the month reported (2017-09, Sep-17, ...), or for quarterly or yearly data or with --every the quarter or year (Q2 2017-18, 2017-Q3, 2017-18); default: the data\'s last period, or with --every the last quarter or year the data cover whole (a note on standard error says so when the data end inside a later one)')
    .option('--every <period>', 'report the monthly data every quarter, year (April to March), financial-year or calendar-year')
    .option('--months <n>', 'months of history in each row\'s chart (default: 18)')
    .option('--periods <n>', "periods of history in each row's chart: months, quarters or years (default: 18 months, 8 quarters, 5 years)")
    .option('--title <text>', 'the HTML page\'s title (default: Scorecard, <month year>)')
    .option('--spc', 'HTML only: an XmR (statistical process control) chart per indicator, with its variation and assurance in words; monthly figures only (a quarterly, rolling or year-to-date row says why it has none)')
    .addOption(formatOption('html'))
    .option('--out <file>', 'write to this file instead of standard output')
    .addHelpText(
      'after',
      `
Example:
  $ ${BIN} scorecard --spec spec.json --data data.csv --as-of 2017-09 --out scorecard.html
  $ ${BIN} scorecard --catalogue cic-number-in-care cic-three-or-more-placements --settings settings.yaml --data data.csv --format md
  $ ${BIN} scorecard --spec spec.json --data data.csv --every quarter --out quarterly.html
  $ ${BIN} scorecard --spec spec.json --data data.csv --spc --out spc.html`,
    )
    .action((options) => act(() => emit(io, scorecardCommand(io, { ...options, format: formatFor(options, 'html') }), options.out)));

  root
    .command('derive')
    .description('monthly rows from case records: SSDA903 CSV files (or one JSON file of records) and record-level measures')
    .option('--records <file...>', "the SSDA903 return's CSV files, each recognised by its header line (header, episodes, reviews, missing, AD1, placed for adoption; several years together), or one .json file of records")
    .option('--measures <file>', 'the measures: a JSON or YAML object, each key a column of the output, e.g. { "inCare": { "type": "in-care" } }')
    .option('--catalogue [id...]', "the catalogue's measures: all of them, or those of the entries named")
    .option('--from <period>', 'first month to derive (required): a month (2017-04, Apr-17), or a quarter or year (2017-Q2, Q1 2017-18, 2017-18), read as its first month')
    .option('--to <period>', 'last month to derive (required): a month, or a quarter or year, read as its last month')
    .addOption(new Option('--format <format>', "output format (default: from the --out file's extension, else csv)").choices(['csv', 'json']))
    .option('--out <file>', 'write to this file instead of standard output')
    .addHelpText(
      'after',
      `
A progress bar is shown on standard error when it is a terminal and the input is large (5 MB or more).

Example:
  $ ${BIN} derive --records header.csv episodes.csv missing.csv --catalogue --from 2017-04 --to 2018-03 --out monthly.csv
  $ ${BIN} derive --records records.json --measures measures.yaml --from 2017-04 --to 2018-03`,
    )
    .action((options) =>
      act(() => {
        const format = formatFor<'csv' | 'json'>(options, 'csv', ['csv', 'json']);
        emit(io, deriveCommand(io, { ...options, format }), options.out);
      }),
    );

  dataOptions(specOptions(root.command('validate').description('check specs, and data against them, printing every problem; nothing is computed or written')))
    .addHelpText(
      'after',
      `
Every problem is printed on standard error with its file, line, column or path, and its issue code
(docs/errors.md lists them all). Exit status 1 when there is any.

Example:
  $ ${BIN} validate --spec admissions.json --data admissions.csv
  admissions.csv line 19, column admissions: "1O" is not a number [not-a-number]`,
    )
    .action((options) => act(() => io.stdout(validateCommand(io, options))));

  root
    .command('audit')
    .description('check a published table against its own printed inputs: every printed cell recomputed, each disagreement with its reason')
    .option('--spec <file>', 'the indicator spec, JSON or YAML; its RAG bands as printed, gaps and overlaps included')
    .option('--catalogue <id>', 'a catalogue spec instead of --spec')
    .option('--settings <file>', 'local settings for the --catalogue entry, by id (JSON or YAML)')
    .option('--table <file>', 'the printed table as CSV: a period column, the input columns, and printed_numerator, printed_denominator, printed_value, printed_target, printed_variance, printed_rag, printed_direction (any of them)')
    .option('--from <month>', 'first month to audit; default: the table\'s first month')
    .option('--to <month>', 'last month to audit; default: the table\'s last month')
    .option('--period-column <name>', 'the column holding the month (default: period)')
    .option('--delimiter <char>', 'CSV: the character between cells (default: ",")')
    .option('--thousands', 'read input figures written 1,234 as 1234')
    .addOption(new Option('--decimal <char>', 'the decimal point of input figures, "." or "," (as --data reads them)').choices(['.', ',']))
    .addOption(new Option('--format <format>', "output format (default: from the --out file's extension, else one finding a line)").choices(FORMATS))
    .option('--out <file>', 'write to this file instead of standard output')
    .addHelpText(
      'after',
      `
Reasons: window-total-does-not-add-up, year-to-date-starts-in-wrong-month, rating-in-band-gap,
rating-contradicts-bands, arrow-contradicts-values, variance-of-blank-target, printed-as-fraction, rounding,
value-does-not-follow-from-inputs (docs/audit.md). Findings are results, not errors: exit status 0.

Example:
  $ ${BIN} audit --spec admissions-per-10k.spec.json --table admissions-per-10k.csv
  Audit of admissions-per-10k.csv against cic-admissions-rate: 1 finding
    Mar-17 numerator: printed 198, computed 199: ... [window-total-does-not-add-up]`,
    )
    .action((options) =>
      act(() => emit(io, auditCommand(io, { ...options, format: options.format ?? (options.out === undefined ? undefined : formatOfFile(options.out)) }), options.out)),
    );

  root
    .command('schema')
    .description("the indicator spec's JSON Schema, for editors that check JSON and YAML files")
    .option('--out <file>', 'write to this file instead of standard output')
    .addHelpText(
      'after',
      `
Example:
  $ ${BIN} schema --out indicator-spec.schema.json`,
    )
    .action((options) => act(() => emit(io, schemaCommand(), options.out)));

  root
    .command('catalogue')
    .description("list the catalogue's indicators, or print one entry's spec as JSON to start a spec from")
    .argument('[id]', 'the entry to print')
    .addOption(new Option('--format <format>', 'format of the list (default: id and title, one a line)').choices(FORMATS))
    .option('--settings <file>', "the council's local settings for the entry printed, by id (JSON or YAML)")
    .option('--out <file>', 'write to this file instead of standard output')
    .addHelpText(
      'after',
      `
Entries are national definitions: a rate per 10,000 needs the council's population, and targets, bands
and benchmarks are the council's own, given in a settings file by id (its keys: population, target, rag,
benchmarks, decimals).

Example:
  $ ${BIN} catalogue
  $ ${BIN} catalogue cic-adopted-ytd --out adopted.json
  $ ${BIN} catalogue cic-rate-per-10k --settings settings.yaml --out rate.json`,
    )
    .action((id: string | undefined, options) => act(() => emit(io, catalogueCommand(io, id, options), options.out)));

  return root;
}

/**
 * Run the command line `argv` (the arguments after the program's name)
 * against `io`, and return the exit status: 0 done, 1 wrong inputs, 2 a
 * usage error.
 *
 * Internal (the bin calls it; test/cli/ drives it with an in-memory io):
 * `run(['schema'], { ...nodeIo(), stdout: (t) => out.push(t) })` returns 0
 * and writes the spec's JSON Schema.
 *
 * @internal
 */
export function run(argv: readonly string[], io: CliIo): number {
  let status: number = EXIT.ok;
  const act = (work: () => void): void => {
    try {
      work();
    } catch (e) {
      const problem = asProblem(e);
      if (problem === null) throw e;
      io.stderr(formatProblem(problem.kind, problem.issues, styleFor(io)));
      status = EXIT.badInput;
    }
  };
  try {
    program(io, act).parse([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${styleFor(io).red('error')}: ${e.message}\n(run ${BIN} --help, or ${BIN} <command> --help, for usage)\n`);
      return EXIT.usage;
    }
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    }
    const style = styleFor(io);
    io.stderr(`${style.red('error')}: ${BIN} failed unexpectedly; please report this with the command you ran\n${(e as Error).stack ?? String(e)}\n`);
    return EXIT.badInput;
  }
  return status;
}
