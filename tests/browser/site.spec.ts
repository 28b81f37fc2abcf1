import { expect, test } from '@playwright/test';
import { fixtureURL } from '../support/sites.ts';

const SIX_PARTNERS = ['Japan', 'Germany', 'Finland', 'United States', 'Singapore', 'United Kingdom'];

test('the home page lists the six partners with links to their pages', async ({ page }) => {
  await page.goto('/');
  const cards = page.getByRole('list', { name: 'Partner countries' });
  for (const name of SIX_PARTNERS) {
    await expect(cards.getByRole('link', { name, exact: true })).toHaveAttribute(
      'href',
      /^\/countries\/[a-z-]+\/$/,
    );
  }
  await expect(page.getByRole('search')).toBeVisible();
});

test('the Japan page shows the JSPS and ISRO–JAXA material, linked to its paragraph', async ({ page }) => {
  await page.goto('/countries/japan/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('India and Japan');
  const programme = page.getByText('India-Japan Cooperative Science Programme was initiated in 1993').first();
  await page.locator('section.source-passages', { has: programme }).locator('summary').click();
  await expect(programme).toBeVisible();
  const jaxa = page.locator('p.passage', { hasText: 'ISRO and JAXA signed an Memorandum of Understanding' });
  await expect(jaxa).toHaveCount(1);
  const href = await jaxa.getByRole('link').getAttribute('href');
  expect(href).toMatch(/^\/sources\/india-japan-st-cooperation\/#p-/);
  await page.goto(href!);
  const anchor = href!.split('#')[1]!;
  await expect(page.locator(`[id="${anchor}"]`)).toContainText(
    'ISRO and JAXA signed an Memorandum of Understanding',
  );
});

test('a country page counts its passages and sources in words a reader expects', async ({ page }) => {
  // Finland is named by one source: "1 sources" was on the page and in its description.
  await page.goto('/countries/finland/');
  await expect(page.locator('p.lede')).toContainText(/: \d+ passages? from 1 source, on /);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /from 1 source, on /);
  // Quantum has one agreement (FIN-Q): its description said "1 India agreements".
  await page.goto('/sectors/quantum/');
  await expect(page.locator('p.lede')).toHaveText(/^1 agreement between India and Finland\.$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    /^1 India agreement in quantum, with Finland\.$/,
  );
});

test('a country page groups passages by source with title, publisher and date', async ({ page }) => {
  await page.goto('/countries/japan/');
  const section = page.locator('section.source-passages', {
    has: page.getByRole('heading', { name: 'Bridging Innovation' }),
  });
  await expect(section.locator('.byline')).toContainText('Indo-Japan Chamber of Commerce & Industry');
  await expect(section.locator('time')).toHaveAttribute('datetime', '2025-04');
  await expect(section.locator('time')).toHaveText('April 2025');
});

test('a source page shows the hostile fixture literally and runs none of it', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(fixtureURL('/sources/hostile-markup/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Hostile <b>markup</b> {title} & `fixture`',
  );
  const body = page.locator('.document__body');
  for (const literal of [
    '{process.exit(1)} is an MDX expression that would stop the build if it ran.',
    '<script>document.body.dataset.pwned = "script"</script>',
    `<img src="x" onerror="document.body.dataset.pwned = 'img'">`,
    "import fs from 'node:fs'",
    'export const x = 1',
    '<!-- an HTML comment that must stay visible -->',
    '---',
    '# Not a heading, just a hash at a line start',
    '| not | a | table |',
    '*not emphasis* and _not emphasis_ and `not code`',
    '[click me](javascript:alert(1)) must not become a link.',
    'Curly {braces} and a lone } and a lone { and &amp; and &lt;tag&gt; stay as written.',
  ]) {
    await expect(body.getByText(literal, { exact: true })).toHaveCount(1);
  }
  expect(await page.evaluate(() => document.body.dataset['pwned'])).toBeUndefined();
  await expect(body.locator('script, img, table, em, strong, code, hr, h1')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('a search for quantum finds the Finland material', async ({ page }) => {
  await page.goto('/search/?q=quantum');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.locator('.search-hit').first()).toBeVisible();
  await expect(results.locator('a.search-hit__link[href^="/countries/finland/"]')).toHaveCount(1);
});

test('the 404 page helps the reader on', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('main').getByRole('link', { name: 'Japan' })).toHaveAttribute(
    'href',
    '/countries/japan/',
  );
  await expect(page.getByRole('search')).toBeVisible();
});

for (const path of [
  '/',
  '/countries/',
  '/countries/japan/',
  '/sources/',
  '/sources/india-japan-st-cooperation/',
  '/search/?q=japan',
  '/no-such-page/',
]) {
  test(`at 375 px wide ${path} does not scroll sideways`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('hand-written MDX pages get GitHub-flavoured Markdown (tables, strikethrough) through remark-gfm', async ({
  page,
}) => {
  await page.goto('/method/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Method');
  await expect(page.locator('article table th').first()).toHaveText('Step');
  await expect(page.locator('article del')).toHaveText('complete coverage');
});
