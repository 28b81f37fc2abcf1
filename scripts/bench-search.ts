/**
 * Search budgets, measured rather than assumed (the budgets: a first search ≤ 150 KB on the wire, results
 * ≤ 100 ms after a keystroke, median; README and docs/search.md):
 *  1. bytes a reader transfers (encoded, i.e. gzip as served) for the first
 *     search from a content page, everything included: the trigger script the
 *     page loads, then the dialog, its stylesheet, Pagefind, its wasm, index
 *     chunks and the fragments of the results shown;
 *  2. time from the last keystroke to results on screen, per query, after
 *     the first search (median and p95 over the query table).
 *
 * Runs Chromium (Playwright) against `npm run preview` of the built dist/ and
 * counts bytes with CDP Network events.
 *
 *   npm run build && npm run bench:search                 # print the figures
 *   npm run build && npm run bench:search -- --write      # also update docs/search.md
 *   npm run build && npm run bench:search -- --bytes-only # bytes only, no timing runs
 *
 * Options: --port=4439 (preview port), --page=/countries/japan/ (content page),
 * --runs=3 (timed runs per query).
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { get } from 'node:http';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../src/harness/chromium.ts';
import { HAND_QUERIES } from '../src/harness/search-queries.ts';
import { startPreview } from '../src/harness/preview-server.ts';

/**
 * The queries timed and weighed: the hand-written ones of the query set (src/harness/search-queries.ts),
 * as readers type them, the ones that must find nothing included.
 */
const QUERIES = HAND_QUERIES.map((h) => h.query);

/** The search page or dialog has put the results for this query on screen (src/client/search/controller.ts). */
const SETTLED = (q: string) =>
  document.querySelector<HTMLElement>('dialog[open] [data-search-root]')?.dataset['searchSettled'] === q;

interface Options {
  port: number;
  page: string;
  runs: number;
  write: boolean;
  /** Skip the timing runs (faster while working on bytes). */
  bytesOnly: boolean;
  /** Milliseconds between keystrokes of the first search: a reader's pace, so every prefix they pause on is searched. */
  keyDelay: number;
}

function optionsFrom(argv: string[]): Options {
  const get = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  return {
    port: Number(get('port') ?? 4439),
    page: get('page') ?? '/countries/japan/',
    runs: Number(get('runs') ?? 3),
    write: argv.includes('--write'),
    bytesOnly: argv.includes('--bytes-only'),
    keyDelay: Number(get('key-delay') ?? 150),
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
/** Issue 4: a first search from a content page transfers at most 150 KB, everything included. */
const BYTE_BUDGET = 150 * 1024;
/** Results on screen at most this long after the last keystroke, median over the queries. */
const TIME_BUDGET_MS = 100;

interface Transfer {
  url: string;
  bytes: number;
  /** Not reported by CDP; measured by a gzip GET of the same URL. */
  refetched?: boolean;
}

/**
 * Records every response's encoded (on-the-wire) size through CDP's
 * Network.loadingFinished for the page. The site runs Pagefind without its Web
 * Worker (src/client/search/pagefind-client.ts); should one be loaded again,
 * its requests (wasm, index, fragments) are not reported by the page's Network
 * domain, and `completeTransfers` adds them from Playwright's own CDP-backed
 * request sizes (headers + encoded body).
 */
async function recordTransfers(page: Page): Promise<{ transfers: Transfer[]; seen: Map<string, number> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  const transfers: Transfer[] = [];
  const seen = new Map<string, number>();
  page.on('requestfinished', (r) => {
    void r
      .sizes()
      .then((sz) =>
        seen.set(r.url(), sz.responseBodySize > 0 ? sz.responseHeadersSize + sz.responseBodySize : 0),
      );
  });
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) =>
    transfers.push({ url: urls.get(e.requestId) ?? 'about:unknown', bytes: e.encodedDataLength }),
  );
  return { transfers, seen };
}

/** Bytes of a gzip GET of `url`: status line and headers as sent, plus the compressed body. */
function gzipTransferSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      let bytes =
        `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length +
        res.rawHeaders.reduce((n, h) => n + h.length + 2, 0) +
        2; // "name: value\r\n" per header, then the blank line
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve(bytes));
    }).on('error', reject);
  });
}

/**
 * Adds the requests the page's CDP events did not report: with Playwright's
 * sizes, or, where those have no body size (a worker's own script), by a gzip
 * GET of the same URL.
 */
async function completeTransfers(transfers: Transfer[], seen: Map<string, number>): Promise<Transfer[]> {
  const reported = new Set(transfers.map((t) => t.url));
  const missing = [...seen].filter(([u]) => !reported.has(u) && u.startsWith('http'));
  const added = await Promise.all(
    missing.map(async ([url, bytes]) =>
      bytes > 0 ? { url, bytes } : { url, bytes: await gzipTransferSize(url), refetched: true },
    ),
  );
  seen.clear();
  return [...transfers, ...added];
}

/** What a transfer is for, so the report can say where a first search's bytes go. */
const PARTS = [
  'site UI',
  'pagefind.js',
  'worker',
  'wasm',
  'entry + meta',
  'index',
  'fragments',
  'filters',
  'lexicon',
] as const;
type Part = (typeof PARTS)[number] | 'other';

function partOf(url: string): Part {
  const path = url.startsWith('http') ? new URL(url).pathname : url;
  if (path.startsWith('/_astro/')) return 'site UI';
  if (path === '/pagefind/pagefind.js') return 'pagefind.js';
  if (path === '/pagefind/pagefind-worker.js') return 'worker';
  if (/^\/pagefind\/wasm\./.test(path)) return 'wasm';
  if (/^\/pagefind\/(pagefind-entry\.json|pagefind\..*\.pf_meta)$/.test(path)) return 'entry + meta';
  if (path.startsWith('/pagefind/index/')) return 'index';
  if (path.startsWith('/pagefind/fragment/')) return 'fragments';
  if (path.startsWith('/pagefind/filter/')) return 'filters';
  if (path.startsWith('/pagefind/lexicon/')) return 'lexicon';
  return 'other';
}

/** Bytes and file count per part. */
function byPart(transfers: Transfer[]): Map<Part, { bytes: number; files: number }> {
  const parts = new Map<Part, { bytes: number; files: number }>();
  for (const t of transfers) {
    const part = partOf(t.url);
    const sum = parts.get(part) ?? { bytes: 0, files: 0 };
    parts.set(part, { bytes: sum.bytes + t.bytes, files: sum.files + 1 });
  }
  return parts;
}

/** Types a query, then waits until the live region reports results for exactly that query; returns ms from the last keystroke. */
async function timedQuery(page: Page, query: string): Promise<number> {
  const input = page.locator('dialog[open] [data-search-input]');
  await input.fill('');
  await page.waitForFunction(SETTLED, '');
  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number };
    document.addEventListener('input', () => (w.lastKey = performance.now()), { capture: true });
  });
  await input.pressSequentially(query);
  const handle = await page.waitForFunction(
    (q) =>
      document.querySelector<HTMLElement>('dialog[open] [data-search-root]')?.dataset['searchSettled'] === q
        ? performance.now() - (window as unknown as { lastKey: number }).lastKey
        : false,
    query,
    { polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

async function componentUiWeight(dist: string): Promise<{ js: number; css: number }> {
  const size = async (f: string) => gzipSync(await readFile(join(dist, 'pagefind', f)), { level: 9 }).length;
  return { js: await size('pagefind-component-ui.js'), css: await size('pagefind-component-ui.css') };
}

async function main(): Promise<void> {
  const options = optionsFrom(process.argv.slice(2));
  const base = `http://127.0.0.1:${options.port}`;
  await readdir('dist/pagefind').catch(() => {
    throw new Error('dist/pagefind is missing: run `npm run build` first.');
  });
  const stopPreview = await startPreview(options.port);
  const browser = await chromium.launch({
    executablePath: await chromiumPath(),
    args: [...CHROMIUM_ARGS],
  });
  try {
    // 1. Bytes: every query of the table as the first search of a fresh reader on a content page.
    const firsts: {
      query: string;
      bytes: number;
      transfers: (Transfer & { when: string })[];
      searchCodeOnLoad: Transfer[];
      pageScripts: Transfer[];
    }[] = [];
    for (const query of QUERIES) {
      // Without the service worker: it fetches the same files from the network (its own first-visit cost is
      // measured by bench:offline), but the page's CDP events would then see them as answered by the worker.
      const context = await browser.newContext({
        viewport: { width: 375, height: 800 },
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      const { transfers, seen } = await recordTransfers(page);
      await page.goto(base + options.page, { waitUntil: 'networkidle' });
      const onLoad = await completeTransfers(transfers.splice(0), seen);
      const pageScripts = onLoad.filter((t) => /\.js(\?|$)/.test(t.url));
      const searchCodeOnLoad = onLoad.filter((t) =>
        /pagefind|dialog|controller|search\.[^/]*css/.test(t.url),
      );
      await page.locator('html[data-search-shortcuts="ready"]').waitFor({ state: 'attached' });
      await page.keyboard.press('/');
      await page
        .locator('dialog[open] [data-search-input]')
        .pressSequentially(query, { delay: options.keyDelay });
      await page.waitForFunction(SETTLED, query);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300); // let Playwright's size look-ups settle
      const search = await completeTransfers(transfers.splice(0), seen);
      const bytes = [...pageScripts, ...search].reduce((n, t) => n + t.bytes, 0);
      firsts.push({
        query,
        bytes,
        searchCodeOnLoad,
        pageScripts,
        transfers: [
          ...pageScripts.map((t) => ({ ...t, when: 'page load' })),
          ...search.map((t) => ({ ...t, when: 'first search' })),
        ],
      });
      await context.close();
    }
    const bySize = [...firsts].sort((a, b) => a.bytes - b.bytes);
    const median = bySize[Math.floor(bySize.length / 2)]!;
    const largest = bySize.at(-1)!;
    const searchCodeOnLoad = firsts.flatMap((f) => f.searchCodeOnLoad);
    const pageScripts = firsts[0]?.pageScripts ?? [];

    // 2. Time: after a first search, each query typed afresh, `runs` times.
    const times: number[] = [];
    if (!options.bytesOnly) {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      await page.goto(base + options.page);
      await page.locator('html[data-search-shortcuts="ready"]').waitFor({ state: 'attached' });
      await page.keyboard.press('/');
      await page.locator('dialog[open] [data-search-input]').pressSequentially('india');
      await page.waitForFunction(SETTLED, 'india');
      for (let run = 0; run < options.runs; run++) {
        for (const query of QUERIES) times.push(await timedQuery(page, query));
      }
    }
    const sorted = [...times].sort((a, b) => a - b);
    const component = await componentUiWeight('dist');
    const cell = (f: (typeof firsts)[number], part: Part) => {
      const p = byPart(f.transfers).get(part);
      return p ? `${kb(p.bytes)}${p.files > 1 ? ` (${p.files})` : ''}` : '–';
    };

    const report = [
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run build && npm run bench:search\``,
      `(Chromium ${browser.version()}, 375 px viewport, \`npm run preview\` on loopback with its gzip, cache disabled; encoded bytes from CDP Network.loadingFinished for the page and Playwright's CDP-backed request sizes for any request those events miss).`,
      '',
      `- Content page ${options.page}: search code loaded before the reader opens search: ${searchCodeOnLoad.length === 0 ? 'none' : searchCodeOnLoad.map((t) => t.url).join(', ')}; page scripts ${kb(pageScripts.reduce((n, t) => n + t.bytes, 0))} KB (the one header module: menu, theme toggle and the search trigger).`,
      `- **First search from a content page**, everything included, each of the ${firsts.length} hand-written queries of the query set as a fresh reader's first search: **median ${kb(median.bytes)} KB, largest ${kb(largest.bytes)} KB** (“${largest.query}”); budget 150 KB; ${firsts.filter((f) => f.bytes > BYTE_BUDGET).length} over budget.`,
      options.bytesOnly
        ? '- Results on screen after the last keystroke: not measured in this run (`--bytes-only`).'
        : `- **Results on screen after the last keystroke**, ${QUERIES.length} queries × ${options.runs} runs after the first search: **median ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms**, max ${sorted.at(-1)?.toFixed(0)} ms (budget: median 100 ms; includes the box's 60 ms debounce).`,
      `- Pagefind Component UI, for comparison: pagefind-component-ui.js ${kb(component.js)} KB + .css ${kb(component.css)} KB (gzip -9), on top of Pagefind itself.`,
      '',
      'Per query, first search from a content page, KB (files, when more than one):',
      '',
      `| Query | Total | ${PARTS.join(' | ')} |`,
      `| --- | ---: | ${PARTS.map(() => '---:').join(' | ')} |`,
      ...firsts.map(
        (f) =>
          `| ${f.query} | ${f.bytes > BYTE_BUDGET ? '**' : ''}${kb(f.bytes)}${f.bytes > BYTE_BUDGET ? '**' : ''} | ${PARTS.map((p) => cell(f, p)).join(' | ')} |`,
      ),
      '',
      `Transfers of the largest first search (“${largest.query}”):`,
      '',
      '| When | File | Bytes |',
      '| --- | --- | ---: |',
      ...largest.transfers.map(
        (t) =>
          `| ${t.when} | ${t.url.startsWith('http') ? new URL(t.url).pathname : `${t.url} (a response whose request CDP did not report; counted anyway)`}${t.refetched ? ' (not in CDP events; gzip GET)' : ''} | ${t.bytes} |`,
      ),
    ].join('\n');
    console.log(report);
    if (options.write) {
      const doc = await readFile('docs/search.md', 'utf8');
      const next = doc.replace(
        /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
        `<!-- bench:start -->\n${report}\n<!-- bench:end -->`,
      );
      if (next === doc && !doc.includes(report))
        throw new Error('docs/search.md has no <!-- bench:start --> … <!-- bench:end --> block to update.');
      await writeFile('docs/search.md', next);
    }
    if (
      largest.bytes > BYTE_BUDGET ||
      (!options.bytesOnly && percentile(sorted, 50) > TIME_BUDGET_MS) ||
      searchCodeOnLoad.length > 0
    )
      process.exitCode = 1;
  } finally {
    await browser.close();
    stopPreview();
  }
}

await main();
