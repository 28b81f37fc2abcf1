/**
 * How well search finds the agreements a query is about, per kind of query:
 * runs the query set (src/harness/search-queries.ts: rule-made from the
 * site's records, plus hand-written ones) through the real /search/ page in
 * Chromium and prints, per kind, the share of queries with every expected
 * agreement in the first five results and the mean reciprocal rank of the
 * first expected one; then each query that fails, with what it showed.
 *
 *   npm run build:fixture && npm run tune:search            # the fixture site: five sources + the dev set
 *   npm run build && npm run tune:search -- --site=dist      # the real site
 *
 * Options: --port=4438, --site=fixture|dist, --dir=path (any other built site,
 * e.g. another checkout's .fixture/dist, to compare), --json=path (write every result).
 */
import { writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../src/harness/chromium.ts';
import { startPreview } from '../src/harness/preview-server.ts';
import { querySetFor, runQuerySet, summarise, summaryTable } from '../src/harness/search-run.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const port = Number(arg('port') ?? 4438);
const site = arg('site') ?? 'fixture';
const outDir = arg('dir') ?? (site === 'fixture' ? './.fixture/dist' : undefined);
const base = `http://127.0.0.1:${port}`;

const stop = await startPreview(port, outDir);
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: [...CHROMIUM_ARGS] });
try {
  const { cases, unresolved } = await querySetFor(base);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const results = await runQuerySet(page, base, cases);
  console.log(
    `Search quality on ${outDir ?? 'dist'}, ${cases.length} queries (${new Date().toISOString().slice(0, 16)} UTC):\n`,
  );
  console.log(summaryTable(summarise(results)));
  const failed = results.filter((r) => !r.pass);
  if (failed.length > 0) {
    console.log(`\nFailing queries (${failed.length}):`);
    for (const r of failed)
      console.log(
        `- [${r.case.kind}] “${r.case.query}” (${r.case.why}): expected ${r.case.expected.join(', ') || 'no agreement'}; first results ${r.shown.paths.slice(0, 5).join(' ') || 'none'}; status “${r.shown.status}”`,
      );
  }
  if (unresolved.length > 0) {
    console.log(
      `\nHand-written queries left out: the records have no agreement they name (${unresolved.length}):`,
    );
    for (const u of unresolved)
      console.log(
        `- “${u.query}”: ${u.missing.map((m) => `${m.partner}${m.type ? ` ${m.type}` : ''} “${m.words}”`).join('; ')}`,
      );
  }
  const json = arg('json');
  if (json) await writeFile(json, JSON.stringify(results, null, 2));
} finally {
  await browser.close();
  stop();
}
