import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Request } from '@playwright/test';
import { SEARCH_QUERIES, expectedPath } from '../../src/harness/search-queries.ts';

/** Partner names → slugs, from the generated data the site is built from. */
const partners: { id: string; name: string }[] = JSON.parse(
  readFileSync(new URL('../../content/generated/partners.json', import.meta.url), 'utf8'),
);

const resultsList = (page: Page) => page.getByRole('list', { name: 'Search results' });
const firstResultPath = async (page: Page) => {
  const href = await resultsList(page).locator('a.search-hit__link').first().getAttribute('href');
  return href?.replace(/[?#].*$/, '');
};

/** Waits until the live region reports the outcome for exactly this query. */
async function settled(page: Page, query: string, scope = page.locator('body')) {
  // Generous: the first search loads the wasm, and test machines are shared.
  await expect(scope.getByRole('status')).toContainText(`“${query}”`, { timeout: 15_000 });
}

/** Module scripts run after parsing; on a loaded machine, wait until the shortcuts are live before pressing them. */
const shortcutsReady = (page: Page) =>
  page.locator('html[data-search-shortcuts="ready"]').waitFor({ state: 'attached' });

const WIDTHS = [
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

for (const size of WIDTHS) {
  test.describe(`search at ${size.width} px (${size.name})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const row of SEARCH_QUERIES) {
      test(`query table: “${row.query}” (${row.kind})${row.limitation ? ' [documented limitation]' : ''}`, async ({
        page,
      }) => {
        await page.goto(`/search/?q=${encodeURIComponent(row.query)}`);
        await settled(page, row.query);
        if ('nothing' in row.first) {
          await expect(page.getByRole('status')).toHaveText(`No results for “${row.query}”.`);
          await expect(resultsList(page).locator('.search-hit')).toHaveCount(0);
          return;
        }
        expect(await firstResultPath(page)).toBe(expectedPath(row.first));
      });
    }

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
      await expect(dialog.getByRole('status')).toHaveText(/^\d+ results for “japan”\.$/);
      const links = dialog.locator('a.search-hit__link');
      await page.keyboard.press('ArrowDown');
      await expect(links.nth(0)).toBeFocused();
      await page.keyboard.press('ArrowDown');
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
      await expect(dialog.getByRole('status')).toHaveText('No results for “xylophone”.');
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
  await expect(page.getByRole('status')).toHaveText(/results? for “quantum” \(Finland\)\./);
  const paths = await resultsList(page)
    .locator('a.search-hit__link')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths).toContain(expectedPath({ country: 'Finland' }));
  expect(paths).not.toContain(expectedPath({ country: 'Japan' }));
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
