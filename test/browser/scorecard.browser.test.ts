/**
 * The scorecard HTML in a real browser: headless Chromium opens the file,
 * the rendered DOM has the table and a chart per indicator, the page logs
 * nothing to the console and requests nothing from the network, and a
 * screenshot is kept at test-artifacts/scorecard.png (with the HTML beside
 * it) for a person to look at.
 *
 * Needs /usr/bin/chromium (Debian: `apt-get install -y chromium`); without
 * it these tests fail rather than skip.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeScorecard, toHtml } from '../../src/scorecard/index.js';
import { sampleRows, sampleSpecs } from '../scorecard/sample.js';
import { countColour, decodePng } from './png.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

/** Fails (never skips) when Chromium is not installed. */
function chromium(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (Debian) to run the browser tests`);
  }
  return CHROMIUM;
}

let dir = '';
let runs = 0;

/** Run headless Chromium on a file with `extra` flags; a fresh profile each time, DNS disabled. */
function run(file: string, extra: string[]): Promise<{ stdout: string; stderr: string }> {
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    // Nothing resolves: a page that tried to fetch something could not,
    // and the net log below still records that it tried.
    '--host-resolver-rules=MAP * ~NOTFOUND',
    `--user-data-dir=${join(dir, `profile-${++runs}`)}`,
    ...extra,
    pathToFileURL(file).href,
  ];
  return new Promise((resolve, reject) => {
    execFile(chromium(), args, { timeout: 45_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`chromium failed: ${error.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

/** Console messages from `--enable-logging=stderr --v=0` (a page with no script should have none). */
function consoleLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /:CONSOLE[:(]/.test(l));
}

/** URLs the page itself requested (not Chromium's own background requests), from a `--log-net-log` file. */
function pageRequests(netLogFile: string): string[] {
  const log = JSON.parse(readFileSync(netLogFile, 'utf8')) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; network_isolation_key?: string } }[];
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && e.params?.url !== undefined && (e.params.network_isolation_key ?? '').startsWith('file://'))
    .map((e) => e.params!.url!);
}

/** Open a page, dump its DOM, and collect console messages and the page's network requests. */
async function open(file: string): Promise<{ dom: string; console: string[]; requests: string[] }> {
  const netLog = join(dir, `net-${runs + 1}.json`);
  const { stdout, stderr } = await run(file, ['--enable-logging=stderr', '--v=0', `--log-net-log=${netLog}`, '--dump-dom']);
  return { dom: stdout, console: consoleLines(stderr), requests: pageRequests(netLog) };
}

const card = computeScorecard(sampleSpecs, sampleRows, { asOf: '2017-09' });
const html = toHtml(card, { title: 'Children’s services scorecard, September 2017' });
let page = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scorecard-browser-'));
  page = join(dir, 'scorecard.html');
  writeFileSync(page, html);
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('scorecard HTML in headless Chromium', () => {
  it('Chromium is installed', () => {
    expect(chromium()).toBe(CHROMIUM);
  });

  it('renders the table and one chart per indicator, with no console messages and no network requests', async () => {
    const { dom, console, requests } = await open(page);
    expect(dom).toContain('<table class="scorecard">');
    expect(dom.match(/<svg\b[^>]*\brole="img"/g)).toHaveLength(card.rows.length);
    expect(dom.match(/<section class="indicator"/g)).toHaveLength(card.rows.length);
    for (const row of card.rows) {
      expect(dom).toContain(`id="chart-${row.id}-title"`);
      expect(dom).toContain(`id="chart-${row.id}-desc"`);
    }
    expect(dom).toContain('Red</td>');
    expect(dom).not.toContain('<script');
    expect(console).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('the console and network checks do catch a page that logs and fetches (control)', async () => {
    const control = join(dir, 'control.html');
    writeFileSync(
      control,
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>control</title></head><body><img src="http://example.invalid/x.png" alt=""><script>console.error("control-error")</script></body></html>',
    );
    const { console, requests } = await open(control);
    expect(console.join('\n')).toContain('control-error');
    expect(requests).toEqual(['http://example.invalid/x.png']);
  });

  it('takes a screenshot (test-artifacts/scorecard.png) showing RAG colours and chart points', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = join(ARTIFACTS, 'scorecard.png');
    rmSync(shot, { force: true });
    writeFileSync(join(ARTIFACTS, 'scorecard.html'), html);
    await run(page, [`--screenshot=${shot}`, '--window-size=1280,2000']);
    const image = decodePng(readFileSync(shot));
    expect([image.width, image.height]).toEqual([1280, 2000]);
    // RAG cell backgrounds of the summary table (red, amber, green rows)...
    for (const background of ['#fde2e2', '#fff1c7', '#dcf3e2']) expect(countColour(image, background), background).toBeGreaterThan(1000);
    // ...and the fills of red, amber and green chart points.
    for (const fill of ['#cf222e', '#f0a202', '#1a7f37']) expect(countColour(image, fill), fill).toBeGreaterThan(50);
    // Mostly white page: it rendered, and not as an error page.
    expect(countColour(image, '#ffffff')).toBeGreaterThan(image.width * image.height * 0.4);
  });
});
