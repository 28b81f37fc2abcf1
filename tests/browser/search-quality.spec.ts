import { expect, test } from '@playwright/test';
import {
  querySetFor,
  runQuerySet,
  summarise,
  summaryTable,
  type CaseResult,
} from '../../src/harness/search-run.ts';
import { QUERY_KINDS, type QueryCase } from '../../src/harness/search-queries.ts';
import { fixtureURL } from '../support/sites.ts';

/**
 * How well search finds the agreements a query is about, on the fixture site
 * (the five sources plus the extraction dev set, documents nobody tuned the
 * search for): the query set of src/harness/search-queries.ts, made by rules
 * from the site's records plus hand-written queries, typed into the real
 * /search/ page. A quality floor per kind of query, not a fixed list of
 * answers: the queries follow the records. `npm run tune:search` prints the
 * same figures and every failing query.
 */
const fixture = fixtureURL('');

/**
 * Share of a kind's queries that must have every expected agreement in the first five results. The
 * target is 95 % in every kind; on the records of the current extraction the search reaches 97.3 % or
 * more in each kind and 99.6 % overall (docs/search.md says which queries miss and why), so the floor
 * holds the level reached with room for records that change as the extraction does. The hand-written
 * kinds are small: eleven to fourteen queries allow one miss, the nine partial ones none.
 */
const FLOOR = 0.9;

let cases: readonly QueryCase[] = [];
let unresolved = 0;

test.beforeAll(async () => {
  const set = await querySetFor(fixture);
  cases = set.cases;
  unresolved = set.unresolved.length;
});

test('the query set is large enough to measure: at least 120 queries with agreements and ten with none', () => {
  expect(cases.filter((c) => c.kind !== 'nothing').length).toBeGreaterThanOrEqual(120);
  expect(cases.filter((c) => c.kind === 'nothing').length).toBeGreaterThanOrEqual(10);
  for (const kind of QUERY_KINDS)
    expect(cases.filter((c) => c.kind === kind).length, kind).toBeGreaterThan(0);
  // Hand-written queries name agreements the extraction may not find yet; most must resolve.
  expect(unresolved, 'hand-written queries naming no record').toBeLessThanOrEqual(5);
});

const describeFailures = (results: readonly CaseResult[]) =>
  results
    .filter((r) => !r.pass)
    .map(
      (r) =>
        `“${r.case.query}” expected ${r.case.expected.join(', ') || 'no agreement'}; got ${r.shown.paths.slice(0, 5).join(' ') || 'nothing'} (“${r.shown.status}”)`,
    )
    .join('\n');

for (const kind of QUERY_KINDS) {
  test(`${kind} queries find their agreements in the first five results (at least ${FLOOR * 100} %)`, async ({
    page,
  }) => {
    const mine = cases.filter((c) => c.kind === kind);
    // Typed one after another into one page; allow a generous second each on a shared machine.
    test.setTimeout(30_000 + mine.length * 1_500);
    const results = await runQuerySet(page, fixture, mine);
    const [summary] = summarise(results);
    test.info().annotations.push({ type: 'search quality', description: summaryTable(summarise(results)) });
    if (kind === 'nothing') expect(describeFailures(results)).toBe('');
    expect(summary!.share, describeFailures(results)).toBeGreaterThanOrEqual(FLOOR);
  });
}
