/**
 * Page budgets per page type: what a phone downloads (HTML, CSS, JS, gzip),
 * the weight beyond the document's own text, and Lighthouse mobile scores.
 * Run after a build: `npm run build && npm run bench:pages`. It serves dist/
 * with `npm run preview` on BENCH_PORT (default 4321), drives Chromium
 * (src/harness/chromium.ts: CHROMIUM_PATH or the packaged one) and writes docs/page-budgets.md.
 *
 * This is a measurement, not a test: scores move with the machine's load.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../src/harness/chromium.ts';
import { largestPath, pageTypes } from '../src/harness/page-types.ts';
import { startPreview } from '../src/harness/preview-server.ts';
import { BUDGET_BYTES, MAP_BUDGET_BYTES, pageWeight, type PageWeight } from '../src/harness/page-weight.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface BenchRow {
  type: string;
  path: string;
  weight: PageWeight;
  scores: Partial<Record<(typeof CATEGORIES)[number], number>>;
  failing: string[];
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function budgetTable(rows: readonly BenchRow[]): string {
  const head =
    '| Page type | Page measured | HTML | CSS | JS | Own text | Beyond text (budget 20 KB) | Map (budget 40 KB) | Perf | A11y | Best pr. | SEO |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';
  const lines = rows.map((r) => {
    const s = (c: (typeof CATEGORIES)[number]) => (r.scores[c] === undefined ? '–' : String(r.scores[c]));
    const beyond = `${kb(r.weight.beyondText)} ${r.weight.beyondText <= BUDGET_BYTES ? '✓' : '✗'}`;
    const map = r.weight.map ? `${kb(r.weight.map)} ${r.weight.map <= MAP_BUDGET_BYTES ? '✓' : '✗'}` : '–';
    return `| ${r.type} | \`${r.path}\` | ${kb(r.weight.html)} | ${kb(r.weight.css)} | ${kb(r.weight.js)} | ${kb(r.weight.text)} | ${beyond} | ${map} | ${s('performance')} | ${s('accessibility')} | ${s('best-practices')} | ${s('seo')} |`;
  });
  return [head, ...lines].join('\n');
}

export function budgetReport(rows: readonly BenchRow[], machine: string, date: Date, runs: number): string {
  const failing = rows
    .filter((r) => r.failing.length > 0)
    .map((r) => `- ${r.type} (\`${r.path}\`): ${r.failing.join('; ')}`);
  return `# Page budgets

Measured by \`npm run build && npm run bench:pages\` (scripts/bench-pages.ts), ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC,
on ${machine}. Sizes are gzip (Node zlib, default level) of what a phone downloads for one page of each type
(its largest page); "own text" is the gzip size of the readable text of \`<main>\`, and "beyond text" is
HTML + CSS minus that: the cost of the design, against the 20 KB page budget (src/harness/page-weight.ts). The world
map's SVG (home page and \`/countries/\`) is weighed on its own, against a budget of its own of 40 KB, and left out
of "beyond text". JS is what the page
loads before any search (the theme script is inline in the HTML). Lighthouse ${lighthouseVersion()}, mobile
defaults (emulated Moto G Power, simulated slow 4G and 4× CPU slowdown) against \`astro preview\`; the
median of ${runs} runs by performance score (BENCH_RUNS). Performance moves with the machine's load: the
simulation scales by the CPU time it observes. The 404 page is audited at \`/404.html\` (Lighthouse refuses a
404 status). It and the offline page (what the service worker shows for a page not saved on the device) are
\`noindex\` on purpose, so their SEO score reports "blocked from indexing".

${budgetTable(rows)}

${failing.length ? `Audits that did not score 1 (a category can still round to 100):\n\n${failing.join('\n')}\n` : 'Every audit scores 1 on every page type.\n'}`;
}

function lighthouseVersion(): string {
  try {
    return (
      JSON.parse(readFileSync(join(process.cwd(), 'node_modules/lighthouse/package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return '';
  }
}

/** The run whose performance score is the median (lower middle for an even count). */
export function medianRun(runs: readonly Result[]): Result | undefined {
  const perf = (r: Result) => r.categories['performance']?.score ?? 0;
  return [...runs].sort((a, b) => perf(a) - perf(b))[Math.floor((runs.length - 1) / 2)];
}

async function main(env: NodeJS.ProcessEnv, now: Date): Promise<void> {
  const port = Number(env['BENCH_PORT'] ?? 4321);
  const chromePath = await chromiumPath(env);
  const runCount = Math.max(1, Number(env['BENCH_RUNS'] ?? 3));
  const dist = join(process.cwd(), 'dist');
  const origin = `http://127.0.0.1:${port}`;
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  let stopPreview = () => {};
  try {
    stopPreview = await startPreview(port);
    const rows: BenchRow[] = [];
    for (const type of pageTypes()) {
      const path = largestPath(type);
      if (!path) continue;
      const file = type.route === '404' ? join(dist, '404.html') : join(dist, path, 'index.html');
      const weight = pageWeight(readFileSync(file, 'utf8'), (p) => readFileSync(join(dist, p)));
      // Lighthouse will not audit a page served with status 404, so the 404 page is audited at its own
      // address, where the server sends the same document with status 200.
      const audited = type.route === '404' ? '/404.html' : path;
      // Several runs, keeping the one with the median performance score: one run on a busy machine is noise.
      const runs: Result[] = [];
      for (let i = 0; i < runCount; i++) {
        const result = await lighthouse(`${origin}${audited}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        const run = result?.lhr;
        if (!run || run.runtimeError)
          throw new Error(
            `Lighthouse could not audit ${audited}: ${run?.runtimeError?.code ?? 'no result'} ${run?.runtimeError?.message ?? ''}`,
          );
        runs.push(run);
      }
      const lhr = medianRun(runs);
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr?.categories[c]?.score ?? 0) * 100)]),
      );
      const failing = lhr
        ? Object.values(lhr.categories).flatMap((c) =>
            c.auditRefs
              .filter((ref) => ref.weight > 0)
              .map((ref) => lhr.audits[ref.id]!)
              .filter((a) => a.score !== null && a.score < 1)
              .map(
                (a) =>
                  `${c.title}: ${a.title} (${[a.displayValue, `audit score ${a.score}`].filter(Boolean).join(', ')})`,
              ),
          )
        : ['Lighthouse returned no result'];
      rows.push({ type: type.route, path: audited, weight, scores, failing });
      console.log(
        `${type.route.padEnd(22)} ${audited.padEnd(48)} beyond text ${kb(weight.beyondText).padStart(8)}  ${CATEGORIES.map((c) => scores[c]).join(' / ')}`,
      );
    }
    const cpu = cpus();
    const machine = `${osType()} ${release()}, ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${chromePath} (load average ${loadavg()[0]!.toFixed(1)} at the end)`;
    const report = budgetReport(rows, machine, now, runCount);
    writeFileSync(join(process.cwd(), 'docs/page-budgets.md'), report);
    console.log(`\n${budgetTable(rows)}\n\nwritten to docs/page-budgets.md`);
  } finally {
    chrome.kill();
    stopPreview();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.env, new Date());
