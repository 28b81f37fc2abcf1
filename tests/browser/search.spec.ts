import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page, type Request } from '@playwright/test';

/**
 * Search in the browser, on the real site: results grouped agreements first,
 * the agreements on a query's topic in their own labelled group, the plain
 * "no agreement" message, excerpts from the quote that matched, acronyms and
 * expansions, misspellings, phrases, the dialog and the keyboard. How well it
 * finds agreements over the whole query set is tests/browser/search-quality.spec.ts.
 */

/** Partner names → slugs, and agreement records, from the generated data the site is built from. */
const generated = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../content/generated/${file}`, import.meta.url), 'utf8'));
const partners: { id: string; name: string }[] = generated('partners.json');
const records: {
  id: string;
  name: string;
  partner: string;
  date: string | null;
  parties: { acronym: string | null }[];
  sources: { quote: string }[];
}[] = generated('agreements.json');
/** The page of the one record whose name contains these words. */
const agreementPath = (words: string) => {
  const found = records.filter((r) => r.name.toLowerCase().includes(words.toLowerCase()));
  if (found.length !== 1)
    throw new Error(`${found.length} records named with “${words}” in content/generated/agreements.json`);
  return `/agreements/${found[0]!.id}/`;
};

const resultsList = (scope: Page | Locator) => scope.getByRole('list', { name: 'Search results' });
const resultPaths = (scope: Page | Locator) =>
  resultsList(scope)
    .locator('a.search-hit__link')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** Waits until the results for exactly this query are on screen. */
async function settled(page: Page, query: string, scope: Page | Locator = page) {
  // Generous: the first search loads the wasm, and test machines are shared.
  await expect(scope.locator('[data-search-root]')).toHaveAttribute('data-search-settled', query, {
    timeout: 15_000,
  });
}

async function search(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await settled(page, query);
}

/** Module scripts run after parsing; on a loaded machine, wait until the shortcuts are live before pressing them. */
const shortcutsReady = (page: Page) =>
  page.locator('html[data-search-shortcuts="ready"]').waitFor({ state: 'attached' });

test('a topic query lists the agreements that say it, then the agreements on its topic under their own heading', async ({
  page,
}) => {
  await search(page, 'civil nuclear');
  const paths = await resultPaths(page);
  // Every agreement listed comes before any other page.
  const firstOther = paths.findIndex((p) => !p.startsWith('/agreements/'));
  expect(firstOther).toBeGreaterThanOrEqual(4);
  expect(paths.slice(firstOther).some((p) => p.startsWith('/agreements/'))).toBe(false);
  expect(paths.slice(0, 3)).toContain(agreementPath('civil nuclear'));
  // The INS–JAES MoU speaks of "peaceful uses of nuclear science", never "civil": it is on the topic.
  const related = page.getByRole('list', { name: /Other agreements in the Nuclear sector/ });
  await expect(related.locator('a.search-hit__link', { hasText: 'INS–JAES MoU' })).toBeVisible();
  await expect(page.getByText('These do not mention every word searched for.')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(
    /^\d+ agreements?, \d+ more in the Nuclear sector and \d+ other results? for “civil nuclear”\.$/,
  );
  const headings = await resultsList(page).getByRole('heading').allInnerTexts();
  expect(headings.map((h) => h.replace(/ \(\d+\)$/, ''))).toEqual([
    'Agreements',
    'Other agreements in the Nuclear sector',
    'Countries and sectors',
    'In the sources',
  ]);
  await expect(page.getByRole('link', { name: 'Nuclear', exact: true }).first()).toHaveAttribute(
    'href',
    '/sectors/nuclear/',
  );
});

test('an agreement’s excerpt is the quoted sentence that matched, marked; no “Facts” or section sub-results', async ({
  page,
}) => {
  await search(page, 'gas hydrate');
  const first = resultsList(page).locator('.search-hit').first();
  await expect(first.locator('a.search-hit__link')).toHaveAttribute(
    'href',
    new RegExp(`^${agreementPath('gas hydrate')}`),
  );
  const excerpt = (await first.locator('.search-hit__excerpt').innerText()).replace(/^… | …$/g, '');
  const record = records.find((r) => `/agreements/${r.id}/` === agreementPath('gas hydrate'))!;
  expect(record.sources.some((s) => s.quote.includes(excerpt))).toBe(true);
  await expect(first.locator('mark').first()).toHaveText(/^(gas|hydrate)$/i);
  const all = await resultsList(page).innerText();
  expect(all).not.toMatch(/\bFacts\b|What the sources say/);
});

test('a passage names its source and section and links to its paragraph', async ({ page }) => {
  await search(page, 'Jitendra Singh');
  await expect(page.getByRole('status')).toHaveText(
    /^No agreement mentions both “Jitendra” and “Singh”\. (\d+ agreements? match(es)? part of it, listed first\. )?\d+ other pages? mentions? every word\.$/,
  );
  const passage = page
    .getByRole('list', { name: /In the sources/ })
    .locator('.search-hit')
    .first();
  await expect(passage.locator('a.search-hit__link')).toHaveText(
    'India, UK explore new partnership in critical strategic technologies',
  );
  await expect(passage.locator('a.search-hit__link')).toHaveAttribute(
    'href',
    /^\/sources\/mint-india-uk-critical-technologies\/\?highlight=jitendra&highlight=singh#p-/,
  );
  await expect(passage.locator('.search-hit__facts')).toHaveText('Passage · News article');
  // A passage under a heading of its document names it.
  await search(page, 'hydrogen thermo power');
  await expect(
    page
      .getByRole('list', { name: /In the sources/ })
      .locator('.search-hit__facts')
      .first(),
  ).toHaveText(/^Passage in “[^”]+” · Government page · March 2022$/);
});

test('an acronym and its expansion find each other, from the records’ own parties', async ({ page }) => {
  await search(page, 'japan aerospace exploration agency');
  const fromName = (await resultPaths(page)).slice(0, 5);
  await search(page, 'JAXA');
  const fromAcronym = (await resultPaths(page)).slice(0, 5);
  const withJaxa = new Set(
    records.filter((r) => r.parties.some((p) => p.acronym === 'JAXA')).map((r) => `/agreements/${r.id}/`),
  );
  expect(withJaxa.size).toBeGreaterThanOrEqual(5);
  for (const paths of [fromName, fromAcronym]) {
    expect(paths.length).toBe(5);
    expect(paths.filter((p) => !withJaxa.has(p))).toEqual([]);
  }
  await expect(
    resultsList(page)
      .locator('mark', { hasText: /^JAXA$/ })
      .first(),
  ).toBeVisible();
});

test('a word written the sector’s other way finds the sector’s agreements: atomic → nuclear, AI → artificial intelligence', async ({
  page,
}) => {
  await search(page, 'atomic');
  const atomic = (await resultPaths(page)).slice(0, 3);
  expect(atomic).toEqual(expect.arrayContaining([agreementPath('INS–JAES'), agreementPath('civil nuclear')]));
  await search(page, 'artificial intelligence');
  expect((await resultPaths(page)).slice(0, 5)).toContain(agreementPath('dialogue on AI'));
});

test('one typo in a word of five letters or more is read as the word, and said so', async ({ page }) => {
  await search(page, 'quantom');
  expect((await resultPaths(page))[0]).toBe(agreementPath('Quantum Network'));
  await expect(page.getByRole('status')).toContainText('Showing “quantum” for “quantom”.');
  await search(page, 'semiconducter supply');
  expect((await resultPaths(page))[0]).toBe(agreementPath('semiconductor supply chain'));
});

test('a quoted phrase matches as a phrase', async ({ page }) => {
  await search(page, '"rice crop"');
  const phrase = await resultPaths(page);
  await search(page, 'crop rice');
  const words = await resultPaths(page);
  expect(phrase[0]).toBe(agreementPath('rice crop'));
  expect(phrase.length).toBeLessThanOrEqual(words.length);
});

test('nothing shown as something: a country and a product the sources never connect say so, and list the countries covered', async ({
  page,
}) => {
  await search(page, 'Argentina beef');
  await expect(page.getByRole('status')).toHaveText(
    'No agreement mentions both “Argentina” and “beef”. The atlas has no page on Argentina.',
  );
  await expect(resultsList(page).locator('.search-hit')).toHaveCount(0);
  await expect(page.getByText('The atlas covers these countries:')).toBeVisible();
  for (const p of partners)
    await expect(page.getByRole('link', { name: p.name, exact: true }).last()).toHaveAttribute(
      'href',
      `/countries/${p.id}/`,
    );
});

test('one word the sources never use: the plain “no agreement” first, then the agreements matching the rest, each saying what it lacks', async ({
  page,
}) => {
  // Pagefind alone would drop "whisky" and list Japan's pages as if they answered the query.
  await search(page, 'Japan whisky');
  await expect(page.getByRole('status')).toHaveText(
    /^No agreement mentions both “Japan” and “whisky”\. \d+ agreements match part of it, listed first\.$/,
  );
  const partial = page.getByRole('list', { name: /^Agreements matching part of the search/ });
  await expect(partial.locator('.search-hit').first()).toBeVisible();
  const paths = await resultPaths(page);
  const japanese = new Set(records.filter((r) => r.partner === 'japan').map((r) => `/agreements/${r.id}/`));
  expect(paths.slice(0, 5).every((p) => japanese.has(p))).toBe(true);
  await expect(partial.locator('.search-hit__missing').first()).toHaveText('Does not mention “whisky”.');
  // The words it does match still lead: a word of the name outranks a word elsewhere.
  await search(page, 'Japan rice crop drones');
  expect((await resultPaths(page))[0]).toBe(agreementPath('rice crop'));
});

test('a question is read for what it names: question words and “sign” are not required, a year narrows by date', async ({
  page,
}) => {
  // Nothing named yet: no page is listed because it happens to say "when".
  await search(page, 'when did');
  await expect(page.getByRole('status')).toHaveText(
    'Type what you are looking for: a country, a topic, an agreement.',
  );
  await expect(resultsList(page).locator('.search-hit')).toHaveCount(0);
  await search(page, 'which agreement did ISRO and JAXA sign on rice crops');
  expect((await resultPaths(page))[0]).toBe(agreementPath('rice crop'));
  await expect(page.getByRole('status')).toHaveText(/^\d+ agreements?\b/);
  // The record of 2016 is dated, not worded, 2016: its quote need not say the year.
  const dated = records.filter(
    (r) => r.partner === 'japan' && r.date?.startsWith('2016') && /outer space/.test(r.name),
  );
  expect(dated).toHaveLength(1);
  await search(page, 'Japan space 2016');
  expect((await resultPaths(page))[0]).toBe(`/agreements/${dated[0]!.id}/`);
});

test('a reader’s words for what the sources call otherwise: a partner’s other name, “deal” for an MoU, “moon” for lunar', async ({
  page,
}) => {
  await search(page, 'Nippon cybersecurity');
  expect((await resultPaths(page)).slice(0, 2)).toContain(agreementPath('CERT-In'));
  await expect(page.getByRole('link', { name: 'Japan', exact: true }).first()).toHaveAttribute(
    'href',
    '/countries/japan/',
  );
  await search(page, 'moon exploration');
  expect((await resultPaths(page))[0]).toBe(agreementPath('lunar exploration'));
  await expect(
    resultsList(page)
      .locator('mark', { hasText: /^lunar$/i })
      .first(),
  ).toBeVisible();
  await search(page, 'Japan healthcare deal');
  await expect(page.getByRole('status')).toHaveText(/^\d+ agreements?\b/);
  expect((await resultPaths(page)).slice(0, 3)).toContain(agreementPath('field of Healthcare'));
});

test('search results pass axe, grouped and marked, at both widths in both themes', async ({ browser }) => {
  test.slow();
  for (const width of [375, 1280])
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      // Full matches with agreements of the topic after them; then agreements matching part of the query.
      for (const query of ['civil nuclear', 'Japan whisky']) {
        await search(page, query);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(results.violations.map((v) => `${query}: ${v.id}: ${v.help}`)).toEqual([]);
      }
      await context.close();
    }
});

const WIDTHS = [
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

for (const size of WIDTHS) {
  test.describe(`search at ${size.width} px (${size.name})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the header control opens search from a content page, by keyboard, and gives focus back on Esc', async ({
      page,
    }) => {
      await page.goto('/countries/japan/');
      await shortcutsReady(page);
      const trigger = page.getByRole('link', { name: 'Search', exact: true });
      await expect(trigger).toHaveAttribute('href', '/search/');
      await trigger.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Search' });
      await expect(dialog).toBeVisible();
      const input = dialog.getByLabel('Search agreements, countries and sources');
      await expect(input).toBeFocused();
      const box = await dialog.boundingBox();
      if (size.name === 'phone') expect(box?.width).toBe(size.width);
      else expect(box!.width).toBeLessThan(size.width * 0.8);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(trigger).toBeFocused();
    });

    test('slash and Ctrl-K open search; arrows move through results; Enter opens one with the words highlighted', async ({
      page,
    }) => {
      await page.goto('/sources/');
      await shortcutsReady(page);
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog', { name: 'Search' });
      const input = dialog.getByRole('searchbox');
      await expect(input).toBeFocused();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+k');
      await expect(input).toBeFocused();
      await page.keyboard.type('japan');
      await settled(page, 'japan', dialog);
      await expect(dialog.getByRole('status')).toHaveText(
        /^\d+ agreements and \d+ other results for “japan”\.$/,
      );
      const links = dialog.locator('a.search-hit__link');
      await page.keyboard.press('ArrowDown');
      await expect(links.nth(0)).toBeFocused();
      // Every result, in every group, is one arrow press from the last.
      for (let i = 1; i < (await links.count()); i++) {
        await page.keyboard.press('ArrowDown');
        await expect(links.nth(i)).toBeFocused();
      }
      for (let i = (await links.count()) - 1; i > 1; i--) await page.keyboard.press('ArrowUp');
      await expect(links.nth(1)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await expect(input).toBeFocused();
      await page.keyboard.press('ArrowDown');
      const target = (await links.nth(0).getAttribute('href'))!;
      expect(target).toContain('highlight=japan');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname + url.search === target);
      await expect(page.locator('mark.pagefind-highlight').first()).toHaveText(/japan/i);
    });

    test('a content page loads no search code until the reader opens search', async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (r: Request) => requests.push(new URL(r.url()).pathname));
      await page.goto('/countries/finland/');
      await page.waitForLoadState('networkidle');
      expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
      await shortcutsReady(page);
      const scripts = requests.filter((p) => p.endsWith('.js'));
      expect(scripts.some((p) => /Base\.astro_astro_type_script/.test(p))).toBe(true);
      // The dialog and the search controller are chunks of their own, fetched on open.
      expect(scripts.filter((p) => /dialog|controller|search-page/.test(p))).toEqual([]);
      await page.keyboard.press('/');
      await page.keyboard.type('quantum');
      await settled(page, 'quantum', page.getByRole('dialog'));
      expect(requests).toContain('/pagefind/pagefind.js');
      expect(requests.filter((p) => p.includes('pagefind-highlight'))).toEqual([]);
    });

    test('one letter alone asks for another rather than listing nearly every page', async ({ page }) => {
      await page.goto('/');
      await shortcutsReady(page);
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog', { name: 'Search' });
      await page.keyboard.type('j');
      await expect(dialog.getByRole('status')).toHaveText('Type at least two letters to search.');
      await expect(dialog.locator('.search-hit')).toHaveCount(0);
      await page.keyboard.type('axa');
      await settled(page, 'jaxa', dialog);
      await expect(dialog.locator('.search-hit').first()).toBeVisible();
    });

    test('a query with no match says so and offers the country list', async ({ page }) => {
      await page.goto('/');
      await shortcutsReady(page);
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog', { name: 'Search' });
      await page.keyboard.type('xylophone');
      await settled(page, 'xylophone', dialog);
      await expect(dialog.getByRole('status')).toHaveText('No agreement mentions “xylophone”.');
      for (const p of partners) {
        await expect(dialog.getByRole('link', { name: p.name, exact: true })).toHaveAttribute(
          'href',
          `/countries/${p.id}/`,
        );
      }
    });
  });
}

test('the header control is a plain link to /search/ without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/countries/japan/');
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await context.close();
});

test('a deep link with a filter restores the query and the filter, and changing it updates the address', async ({
  page,
}) => {
  await page.goto('/search/?q=quantum&partner=Finland');
  await settled(page, 'quantum');
  await expect(page.getByLabel('Partner', { exact: true })).toHaveValue('Finland');
  await expect(page.getByRole('status')).toHaveText(/for “quantum”\./);
  const paths = await resultPaths(page);
  expect(paths).toContain('/countries/finland/');
  expect(paths).toContain(agreementPath('Quantum Network'));
  expect(paths).not.toContain('/countries/japan/');
  await page.getByLabel('Partner', { exact: true }).selectOption('');
  await expect(page).toHaveURL(/\/search\/\?q=quantum$/);
});

test('sorting by date lists dated pages newest first and keeps the sort in the address', async ({ page }) => {
  await page.goto('/search/?q=india');
  await settled(page, 'india');
  await page.getByLabel('Sort').selectOption('date-desc');
  await expect(page).toHaveURL(/sort=date-desc/);
  // The status reads the same before and after the re-sort, so wait for the list itself: every result dated,
  // newest first (a page without a date has no sort key and leaves a sorted list).
  const years = async () =>
    (await resultsList(page).locator('.search-hit__facts').allInnerTexts()).map((d) =>
      Number(/\b(\d{4})\b/.exec(d)?.[1]),
    );
  await expect
    .poll(async () => {
      const y = await years();
      return y.length > 1 && y.every((year, i) => !Number.isNaN(year) && (i === 0 || year <= y[i - 1]!));
    })
    .toBe(true);
});
