/**
 * Runs the query set (src/harness/search-queries.ts) through the real search
 * page in Chromium, as a reader would: each query typed into the /search/
 * box, the results read from the page once it has settled. Shared by
 * tests/browser/search-quality.spec.ts and scripts/tune-search.ts.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { formatProblem } from '../ingest/errors.ts';
import { parseYaml } from '../ingest/yaml-data.ts';
import { gazetteerSchema } from '../schemas/gazetteer.ts';
import { sectorVocabulary } from '../utils/vocabulary.ts';
import { instrumentForms } from '../integrations/search-lexicon.ts';
import {
  QUERY_KINDS,
  querySet,
  score,
  type QueryCase,
  type PartnerNames,
  type QueryKind,
  type ResolvedHand,
  type Shown,
  type SiteRecord,
} from './search-queries.ts';

/** The records of the built site the page is served from, as it publishes them. */
export async function siteRecords(base: string): Promise<SiteRecord[]> {
  const res = await fetch(`${base}/agreements.json`);
  if (!res.ok) throw new Error(`${base}/agreements.json: ${res.status}; is the site built and served?`);
  return (await res.json()) as SiteRecord[];
}

/** The instrument words that name no record (content/instruments.yml: "MoU", "IA", "Implementing Arrangement"), word by word. */
export const TYPE_WORDS: ReadonlySet<string> = new Set(
  instrumentForms().flatMap((t) => t.forms.flatMap((f) => f.split(/\s+/))),
);

/** The gazetteer's names of every partner (content/partners.yml over the world-countries dataset). */
function partnerNames(): Record<string, PartnerNames> {
  const file = 'content/partners.yml';
  const parsed = parseYaml(gazetteerSchema, readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  return parsed.value;
}

/** The query set for the site at `base`. */
export async function querySetFor(base: string): Promise<ResolvedHand> {
  const records = await siteRecords(base);
  return querySet(records, { sectors: sectorVocabulary(), typeWords: TYPE_WORDS, partners: partnerNames() });
}

const ROOT = '[data-search-page] [data-search-root]';

/** Opens the search page, ready for queries. */
export async function openSearchPage(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/search/`);
  await page.locator(`${ROOT}[data-search-ready]`).waitFor({ state: 'attached' });
}

/** Types a query into the open search page and reads what it shows once the results are on screen. */
export async function showQuery(page: Page, query: string): Promise<Shown> {
  await page.locator(`${ROOT} [data-search-input]`).fill(query);
  await page.waitForFunction(
    ([root, q]) => {
      const el = document.querySelector<HTMLElement>(root);
      const status = el?.querySelector('[data-search-status]')?.textContent ?? '';
      // The search marks the query it has settled on; a build without that mark names the query in its status.
      return (
        el?.dataset['searchSettled'] === q ||
        (!('searchSettled' in (el?.dataset ?? {})) && status.includes(`“${q}”`))
      );
    },
    [ROOT, query] as const,
    { timeout: 20_000 },
  );
  return page.evaluate((root) => {
    const el = document.querySelector(root)!;
    const status = el.querySelector('[data-search-status]')?.textContent ?? '';
    const paths = Array.from(
      el.querySelectorAll<HTMLAnchorElement>('[data-search-results] a.search-hit__link'),
    ).map((a) => new URL(a.href).pathname);
    return { status, paths, saysNoAgreement: /^No (agreement|results)\b/.test(status) };
  }, ROOT);
}

export interface CaseResult {
  case: QueryCase;
  shown: Shown;
  pass: boolean;
  rank: number;
}

export async function runQuerySet(
  page: Page,
  base: string,
  cases: readonly QueryCase[],
): Promise<CaseResult[]> {
  await openSearchPage(page, base);
  const out: CaseResult[] = [];
  for (const c of cases) {
    const shown = await showQuery(page, c.query);
    out.push({ case: c, shown, ...score(c, shown) });
  }
  return out;
}

export interface KindSummary {
  kind: QueryKind | 'all';
  queries: number;
  passed: number;
  /** Share of queries with all their agreements in the first five. */
  share: number;
  /** Mean reciprocal rank of the first expected agreement. */
  mrr: number;
}

export function summarise(results: readonly CaseResult[]): KindSummary[] {
  const one = (kind: KindSummary['kind'], rs: readonly CaseResult[]): KindSummary => ({
    kind,
    queries: rs.length,
    passed: rs.filter((r) => r.pass).length,
    share: rs.length === 0 ? NaN : rs.filter((r) => r.pass).length / rs.length,
    mrr: rs.length === 0 ? NaN : rs.reduce((n, r) => n + (r.rank > 0 ? 1 / r.rank : 0), 0) / rs.length,
  });
  return [
    ...QUERY_KINDS.map((k) =>
      one(
        k,
        results.filter((r) => r.case.kind === k),
      ),
    ).filter((s) => s.queries > 0),
    one('all', results),
  ];
}

/** A markdown table of the summary, for the terminal and docs/search.md. */
export function summaryTable(summary: readonly KindSummary[]): string {
  return [
    '| Kind | Queries | All expected in top 5 | Share | MRR |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...summary.map(
      (s) =>
        `| ${s.kind === 'all' ? '**all**' : s.kind} | ${s.queries} | ${s.passed} | ${(s.share * 100).toFixed(1)} % | ${s.mrr.toFixed(3)} |`,
    ),
  ].join('\n');
}
