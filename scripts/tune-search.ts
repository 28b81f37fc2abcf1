/**
 * Ranking, tuned on evidence: runs the query table (src/harness/search-queries.ts)
 * through Pagefind's JS API in Chromium, with the same term rewriting as the
 * search box, under several ranking settings, and reports per setting how
 * many rows put the page the reader means first (`wanted` where a row has a
 * limitation, else `first`) and the mean reciprocal rank of that page (1 =
 * always first). Index-time changes (data-pagefind-weight in
 * the pages) are compared by running it on each build.
 *
 *   npm run build && npm run tune:search [-- --port=4438]
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../src/harness/chromium.ts';
import { startPreview } from '../src/harness/preview-server.ts';
import { SEARCH_QUERIES, expectedPath } from '../src/harness/search-queries.ts';
import { RANKING, toSearchTerm } from '../src/client/search/pagefind-client.ts';

/** Pagefind 1.6's defaults, one change at a time from the setting in use, then the setting in use. */
const CANDIDATES: { name: string; ranking: Record<string, unknown> }[] = [
  {
    name: 'Pagefind defaults',
    ranking: {
      termFrequency: 1.0,
      termSimilarity: 1.0,
      pageLength: 0.75,
      termSaturation: 1.4,
      metaWeights: { title: 5.0 },
    },
  },
  { name: 'termFrequency 0.5', ranking: { ...RANKING, termFrequency: 0.5 } },
  { name: 'pageLength 0.3', ranking: { ...RANKING, pageLength: 0.3 } },
  { name: 'pageLength 1.0', ranking: { ...RANKING, pageLength: 1.0 } },
  { name: 'termSaturation 1.0', ranking: { ...RANKING, termSaturation: 1.0 } },
  { name: 'termSaturation 2.0', ranking: { ...RANKING, termSaturation: 2.0 } },
  { name: 'metaWeights title 8', ranking: { ...RANKING, metaWeights: { ...RANKING.metaWeights, title: 8 } } },
  { name: 'metaWeights title 2', ranking: { ...RANKING, metaWeights: { ...RANKING.metaWeights, title: 2 } } },
  {
    name: 'metaWeights country 0',
    ranking: { ...RANKING, metaWeights: { ...RANKING.metaWeights, country: 0 } },
  },
  { name: 'in use (RANKING)', ranking: RANKING },
];

const port = Number(process.argv.find((a) => a.startsWith('--port='))?.split('=')[1] ?? 4438);
const stop = await startPreview(port);
const browser = await chromium.launch({
  executablePath: await chromiumPath(),
  args: [...CHROMIUM_ARGS],
});
try {
  const rows: string[] = [];
  for (const candidate of CANDIDATES) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/search/`);
    const ranked = await page.evaluate(
      async ([bundle, terms, ranking]) => {
        const pagefind = await import(/* @vite-ignore */ bundle);
        await pagefind.options({ ranking, noWorker: true });
        const out: string[][] = [];
        for (const term of terms) {
          const s = await pagefind.search(term);
          const top = await Promise.all(
            s.results.slice(0, 10).map((r: { data(): Promise<{ raw_url: string }> }) => r.data()),
          );
          out.push(top.map((d: { raw_url: string }) => d.raw_url));
        }
        return out;
      },
      ['/pagefind/pagefind.js', SEARCH_QUERIES.map((q) => toSearchTerm(q.query)), candidate.ranking] as const,
    );
    let firsts = 0;
    let rr = 0;
    const misses: string[] = [];
    SEARCH_QUERIES.forEach((row, i) => {
      const paths = (ranked[i] ?? []).map((u) => new URL(u, 'http://x').pathname);
      const goal = row.wanted ?? row.first;
      const rank = 'nothing' in goal ? (paths.length === 0 ? 1 : 0) : paths.indexOf(expectedPath(goal)) + 1;
      if (rank === 1) firsts++;
      else misses.push(`${row.query} (${rank === 0 ? 'not in top 10' : `#${rank}`})`);
      rr += rank > 0 ? 1 / rank : 0;
    });
    rows.push(
      `| ${candidate.name} | ${firsts}/${SEARCH_QUERIES.length} | ${(rr / SEARCH_QUERIES.length).toFixed(3)} | ${misses.join(', ') || '–'} |`,
    );
    await page.close();
  }
  console.log(
    ['| Ranking | Expected page first | MRR | Misses |', '| --- | ---: | ---: | --- |', ...rows].join('\n'),
  );
} finally {
  await browser.close();
  stop();
}
