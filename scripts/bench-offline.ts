/**
 * `npm run bench:offline`: what offline reading costs a reader, measured in
 * Chromium against `npm run preview` of the built dist/ (BENCH_PORT, default 4321):
 *
 *  1. a first visit to a few kinds of page, without the service worker (blocked)
 *     and with it, until the worker has cached everything it caches on a first
 *     visit: bytes on the wire (gzip as served, headers included) and requests,
 *     the page's own and the worker's;
 *  2. "Save this country for offline reading" on the largest country.
 *
 * Sizes come from Playwright's record of each finished request (the page's and
 * the worker's). Chromium does not report the size of the worker's own script
 * there, so it is measured by a gzip GET of /sw.js. Files the worker precaches
 * that the page has just loaded come from the browser's HTTP cache and cost
 * nothing on the wire. This is a measurement, not a test.
 *
 *   npm run build && npm run bench:offline            # print the figures
 *   npm run build && npm run bench:offline -- --write # also update docs/offline.md
 */
import { readFile, writeFile } from 'node:fs/promises';
import { request as httpGet } from 'node:http';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../src/harness/chromium.ts';
import { startPreview } from '../src/harness/preview-server.ts';
import { KEPT_FLAG } from '../src/client/offline/register.ts';
import { SERVICE_WORKER_URL } from '../src/client/offline/worker-url.ts';

const LANDINGS = [
  '/',
  '/agreements/dst-jst-mou-2006/',
  '/sources/ijcci-bridging-innovation/',
  '/countries/japan/',
];
const SAVED_COUNTRY = '/countries/japan/';

interface Tally {
  bytes: number;
  requests: number;
  byWorker: number;
  /** Sizes still being read; awaited before the tally is read. */
  pending: Promise<void>[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Bytes on the wire of a gzip GET: what a browser transfers for a file not reported to Playwright. */
function gzipSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        // A server that does not compress sends the file as it is; count what was sent either way.
        resolve(Buffer.concat(chunks).length);
      });
    })
      .on('error', reject)
      .end();
  });
}

/** Counts every finished request of the context, the worker's included, from now on. */
function tally(context: BrowserContext, base: string, workerScript: number): Tally {
  const t: Tally = { bytes: 0, requests: 0, byWorker: 0, pending: [] };
  context.on('requestfinished', (request) => {
    t.pending.push(
      request.sizes().then((s) => {
        const scriptOfWorker = request.url() === `${base}${SERVICE_WORKER_URL}`;
        const bytes = scriptOfWorker ? workerScript : Math.max(0, s.responseBodySize) + s.responseHeadersSize;
        t.bytes += bytes;
        t.requests++;
        if (request.serviceWorker() || scriptOfWorker) t.byWorker += bytes;
      }),
    );
  });
  return t;
}

async function firstVisit(
  browser: Browser,
  base: string,
  path: string,
  worker: boolean,
  workerScript: number,
) {
  const context = await browser.newContext({ serviceWorkers: worker ? 'allow' : 'block' });
  const t = tally(context, base, workerScript);
  const page = await context.newPage();
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  if (worker) {
    await page.waitForFunction(
      (flag) => document.documentElement.dataset[flag] === 'first-visit',
      KEPT_FLAG,
      {
        timeout: 60_000,
      },
    );
  }
  await page.waitForLoadState('networkidle');
  await Promise.all(t.pending);
  await context.close();
  return t;
}

async function saveCountry(browser: Browser, base: string, workerScript: number) {
  const context = await browser.newContext();
  const t = tally(context, base, workerScript);
  const page = await context.newPage();
  await page.goto(`${base}${SAVED_COUNTRY}`);
  await page.waitForFunction((flag) => document.documentElement.dataset[flag] === 'first-visit', KEPT_FLAG, {
    timeout: 60_000,
  });
  await page.waitForLoadState('networkidle');
  await Promise.all(t.pending);
  const before = { ...t };
  await page.getByRole('button', { name: 'Save this country for offline reading' }).click();
  const status = page.getByRole('status').filter({ hasText: /^Saved/ });
  await status.waitFor({ timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  const said = (await status.textContent()) ?? '';
  await Promise.all(t.pending);
  await context.close();
  return { said, bytes: t.bytes - before.bytes, requests: t.requests - before.requests };
}

const port = Number(process.env['BENCH_PORT'] ?? 4321);
const base = `http://127.0.0.1:${port}`;
const stop = await startPreview(port);
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: [...CHROMIUM_ARGS] });
try {
  const workerScript = await gzipSize(`${base}${SERVICE_WORKER_URL}`);
  const rows: string[] = [];
  for (const path of LANDINGS) {
    const without = await firstVisit(browser, base, path, false, workerScript);
    const withWorker = await firstVisit(browser, base, path, true, workerScript);
    const extra = withWorker.bytes - without.bytes;
    rows.push(
      `| \`${path}\` | ${kb(without.bytes)} (${without.requests}) | ${kb(withWorker.bytes)} (${withWorker.requests}) | ${kb(extra)} | ${kb(withWorker.byWorker)} | ${kb(extra - withWorker.byWorker)} |`,
    );
  }
  const save = await saveCountry(browser, base, workerScript);
  const table = [
    '| First visit to | Without the worker (requests) | With it, first-visit caching done (requests) | Extra | of which the worker and its precache | of which the start pages |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
  const saved = `“Save this country for offline reading” on \`${SAVED_COUNTRY}\`: ${kb(save.bytes)} in ${save.requests} requests (“${save.said}”).`;
  console.log(`${table}\n\n${saved}\nThe worker's script: ${kb(workerScript)} gzip.`);
  if (process.argv.includes('--write')) {
    const doc = await readFile('docs/offline.md', 'utf8');
    const start = '<!-- bench:offline -->';
    const end = '<!-- /bench:offline -->';
    const measured = `${start}\nMeasured by \`npm run build && npm run bench:offline -- --write\` (scripts/bench-offline.ts), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, against \`astro preview\` (which serves gzip). The worker's own script is ${kb(workerScript)} on the wire.\n\n${table}\n\n${saved}\n${end}`;
    const at = doc.indexOf(start);
    if (at < 0) throw new Error(`docs/offline.md: no ${start} … ${end} section to write the figures into`);
    await writeFile(
      'docs/offline.md',
      doc.slice(0, at) + measured + doc.slice(doc.indexOf(end) + end.length),
    );
    console.log('written to docs/offline.md');
  }
} finally {
  await browser.close();
  stop();
}
