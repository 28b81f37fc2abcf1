/**
 * Ranking, tuned on evidence: runs the query table (tests/browser/search-queries.ts)
 * through Pagefind's JS API in Chromium under several ranking settings and
 * reports, per setting, how many queries put the expected page first and the
 * mean reciprocal rank of the expected page. The winner goes into RANKING in
 * src/scripts/search/pagefind-client.ts; the table goes into docs/search.md.
 *
 *   npm run build && npm run tune:search [-- --port=4438]
 */
import { chromium } from '@playwright/test';
import { startPreview } from './preview-server.ts';
import { SEARCH_QUERIES, loadSiteData, resolveExpected } from '../tests/browser/search-queries.ts';
import { RANKING } from '../src/scripts/search/pagefind-client.ts';

/** Pagefind 1.6's defaults, then one change at a time, then the combination in use. */
const CANDIDATES: { name: string; ranking: Record<string, unknown> }[] = [
  { name: 'Pagefind defaults', ranking: { termFrequency: 1.0, termSimilarity: 1.0, pageLength: 0.75, termSaturation: 1.4, metaWeights: { title: 5.0 } } },
  { name: 'termFrequency 0.5', ranking: { termFrequency: 0.5 } },
  { name: 'pageLength 0.3', ranking: { pageLength: 0.3 } },
  { name: 'termSaturation 1.0', ranking: { termSaturation: 1.0 } },
  { name: 'metaWeights title 8', ranking: { metaWeights: { title: 8 } } },
  { name: 'metaWeights country 0 (no boost for country names)', ranking: { metaWeights: { country: 0 } } },
  { name: 'in use (RANKING)', ranking: RANKING },
];

const port = Number(process.argv.find((a) => a.startsWith('--port='))?.split('=')[1] ?? 4438);
const data = await loadSiteData();
const stop = await startPreview(port);
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const rows: string[] = [];
  for (const candidate of CANDIDATES) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/search/`);
    const ranked = await page.evaluate(
      async ([queries, ranking]) => {
        const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js');
        await pagefind.options({ ranking });
        const out: string[][] = [];
        for (const q of queries) {
          const s = await pagefind.search(q);
          const top = await Promise.all(s.results.slice(0, 10).map((r: { data(): Promise<{ raw_url: string }> }) => r.data()));
          out.push(top.map((d: { raw_url: string }) => d.raw_url));
        }
        return out;
      },
      [SEARCH_QUERIES.map((q) => q.query), candidate.ranking] as const,
    );
    let firsts = 0;
    let rr = 0;
    const misses: string[] = [];
    SEARCH_QUERIES.forEach((row, i) => {
      const urls = ranked[i] ?? [];
      const expected = resolveExpected(row.first, data);
      const rank = expected.nothing ? (urls.length === 0 ? 1 : 0) : urls.findIndex((u) => expected.matches(u)) + 1;
      if (rank === 1) firsts++;
      else misses.push(`${row.query} (${rank === 0 ? 'not in top 10' : `#${rank}`})`);
      rr += rank > 0 ? 1 / rank : 0;
    });
    rows.push(`| ${candidate.name} | ${firsts}/${SEARCH_QUERIES.length} | ${(rr / SEARCH_QUERIES.length).toFixed(3)} | ${misses.join(', ') || '–'} |`);
    await page.close();
  }
  console.log(['| Ranking | Expected page first | MRR | Misses |', '| --- | ---: | ---: | --- |', ...rows].join('\n'));
} finally {
  await browser.close();
  stop();
}
