import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { builtPaths, largestPath, pageTypes } from '../../src/harness/page-types.ts';
import { BUDGET_BYTES, MAP_BUDGET_BYTES, pageWeight } from '../../src/harness/page-weight.ts';
import { fixtureURL } from '../support/sites.ts';

/**
 * The reading design in real Chromium: the theme (system setting, toggle,
 * remembered, no flash), print, country emblems, previous/next, and what
 * search engines and link previews read.
 */

/** Records data-theme the moment <body> is parsed: the page cannot have painted content before that. */
async function recordThemeBeforePaint(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __themeAtBody?: string | null };
    new MutationObserver((_, observer) => {
      if (document.body) {
        w.__themeAtBody = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}
const themeAtBody = (page: Page) =>
  page.evaluate(() => (window as unknown as { __themeAtBody?: string | null }).__themeAtBody);

test('the theme follows the system setting from the first paint', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await recordThemeBeforePaint(page);
    await page.goto('/countries/japan/');
    expect(await themeAtBody(page)).toBe(colorScheme);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(colorScheme === 'dark' ? 'rgb(20, 23, 26)' : 'rgb(255, 255, 255)');
    await context.close();
  }
});

test('the theme toggle switches, is remembered across pages and reloads, and never flashes', async ({
  browser,
}) => {
  const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await recordThemeBeforePaint(page);
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => localStorage.getItem('atlas-theme'))).toBe('dark');

  // The system says light; the reader's choice wins from the first paint of the next page.
  await page.goto('/sources/india-japan-st-cooperation/');
  expect(await themeAtBody(page)).toBe('dark');
  await page.reload();
  expect(await themeAtBody(page)).toBe('dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  expect(await themeAtBody(page)).toBe('light');
  expect(await page.evaluate(() => localStorage.getItem('atlas-theme'))).toBe('light');
  await context.close();
});

test('print shows the content alone, with the address of each outside link', async ({ page }) => {
  // The fixture source states its own address (tests/fixtures/sources/hostile-markup.yml).
  await page.goto(fixtureURL('/sources/hostile-markup/'));
  await page.emulateMedia({ media: 'print' });
  for (const furniture of ['.site-header', '.site-footer', '.breadcrumbs', '.prev-next']) {
    await expect(page.locator(furniture)).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const original = page.locator('.document__url a[href^="http"]');
  expect(await original.getAttribute('href')).toBe('https://example.org/hostile?a=1&b=<i>2</i>');
  const after = await original.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toBe('" (https://example.org/hostile?a=1&b=<i>2</i>)"');
  const internal = await page
    .locator('.document__partners a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(internal).toBe('none');
});

test('each country shows a drawn flag, never an emoji, beside its name', async ({ page }) => {
  await page.goto('/');
  const cards = page.getByRole('list', { name: 'Partner countries' }).getByRole('listitem');
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const emblem = cards.nth(i).locator('svg.emblem');
    await expect(emblem).toHaveAttribute('aria-hidden', 'true');
    // A flag where content/partners.yml gives one, otherwise a monogram: never an empty box.
    const kind = await emblem.getAttribute('data-emblem');
    expect(kind).toMatch(/^(flag|monogram)$/);
    if (kind === 'flag') expect(await emblem.locator('rect, circle, line').count()).toBeGreaterThan(0);
    else await expect(emblem.locator('text')).toHaveText(/^\p{L}{1,2}$/u);
  }
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/\p{Regional_Indicator}/u);
  await page.goto('/countries/japan/');
  await expect(page.getByRole('heading', { level: 1 }).locator('svg.emblem circle')).toHaveAttribute(
    'fill',
    '#bc002d',
  );
});

test('source pages step through the Sources list in its order, newest first', async ({ page }) => {
  await page.goto('/sources/');
  const order = await page
    .locator('.source-list__title a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(order.length).toBeGreaterThan(2);
  await page.goto(order[1]!);
  const steps = page.getByRole('navigation', { name: 'Sources' });
  await expect(steps.getByRole('link', { name: /^Previous/ })).toHaveAttribute('href', order[0]!);
  await expect(steps.getByRole('link', { name: /^Next/ })).toHaveAttribute('href', order[2]!);
  await page.goto(order[0]!);
  await expect(
    page.getByRole('navigation', { name: 'Sources' }).getByRole('link', { name: /^Previous/ }),
  ).toHaveCount(0);
});

test("a country page steps from one document's passages to the next", async ({ page }) => {
  await page.goto('/countries/japan/');
  const sections = page.locator('section.source-passages');
  expect(await sections.count()).toBeGreaterThan(1);
  const secondId = await sections.nth(1).getAttribute('id');
  await sections
    .first()
    .getByRole('link', { name: /^Next document/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`#${secondId}$`));
  await expect(sections.nth(1).getByRole('link', { name: /Previous document/ })).toHaveAttribute(
    'href',
    `#${await sections.first().getAttribute('id')}`,
  );
});

test('every page type has a description, a canonical address and OpenGraph tags', async ({ page }) => {
  for (const type of pageTypes()) {
    const path = largestPath(type);
    if (!path) continue;
    await page.goto(path);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length, `${path} description`).toBeGreaterThan(20);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    if (type.route !== '404') expect(new URL(canonical!).pathname, `${path} canonical`).toBe(path);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', description!);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical!);
    // Every page has a picture for link previews: its own on country and agreement pages, the site's elsewhere.
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      /^https?:\/\/.+\.png$/,
    );
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  }
});

test('every country and agreement page has its own 1200 × 630 PNG link preview, described in words', async ({
  page,
  request,
}) => {
  const paths = pageTypes()
    .filter((t) => /^(countries\/\[|agreements\/\[)/.test(t.route))
    .flatMap((t) => t.paths);
  expect(paths.filter((p) => p.startsWith('/agreements/')).length).toBeGreaterThan(10);
  test.setTimeout(30_000 + paths.length * 500);
  const images = new Set<string>();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const meta = (property: string) =>
      new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&');
    const image = new URL(meta('og:image')!);
    expect(image.pathname, path).toMatch(/^\/og\/(countries|agreements)\/[a-z0-9-]+\.png$/);
    const title = meta('og:title')!.replace(/, page \d+ of \d+$/, '');
    expect(meta('og:image:alt'), path).toContain(title);
    expect([meta('og:image:width'), meta('og:image:height'), meta('og:image:type')]).toEqual([
      '1200',
      '630',
      'image/png',
    ]);
    images.add(image.pathname);
  }
  // A country's later pages share its first page's picture; every other page has one of its own.
  expect(images.size).toBe(paths.filter((p) => !/\/\d+\/$/.test(p)).length);
  for (const pathname of images) {
    const response = await request.get(pathname);
    expect(response.headers()['content-type'], pathname).toBe('image/png');
    const png = await response.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], pathname).toEqual([1200, 630]);
  }
  // And the picture shows the page: Japan's carries its flag's red disc and its title in the site's ink (to within
  // the rounding of a 256-colour image).
  await page.setViewportSize({ width: 1200, height: 630 });
  await page.goto('/og/countries/japan.png');
  const colours = await page.evaluate(async () => {
    const img = document.querySelector('img')!;
    await img.decode();
    const canvas = new OffscreenCanvas(1200, 630);
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    const { data } = context.getImageData(0, 0, 1200, 630);
    const seen = new Map<string, number[]>();
    for (let i = 0; i < data.length; i += 4)
      seen.set(`${data[i]},${data[i + 1]},${data[i + 2]}`, [data[i]!, data[i + 1]!, data[i + 2]!]);
    return [...seen.values()];
  });
  const near = (rgb: number[]) => colours.some((c) => c.every((v, i) => Math.abs(v - rgb[i]!) <= 6));
  expect(near([188, 0, 45]), '#bc002d of content/partners.yml').toBe(true);
  expect(near([27, 31, 35]), '--fg of src/styles/global.css').toBe(true);
  // A flag of another colour would not pass: the check can fail.
  expect(near([0, 56, 168])).toBe(false);
});

test('robots.txt points at the sitemap, which lists content pages but not search or 404', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemapUrl).toMatch(/\/sitemap-index\.xml$/);
  const index = await (await request.get(new URL(sitemapUrl!).pathname)).text();
  const first = /<loc>([^<]+)<\/loc>/.exec(index)?.[1];
  const sitemap = await (await request.get(new URL(first!).pathname)).text();
  expect(sitemap).toContain('/countries/japan/</loc>');
  expect(sitemap).toContain('/sources/india-japan-st-cooperation/</loc>');
  expect(sitemap).not.toContain('/search/</loc>');
  expect(sitemap).not.toContain('404');
});

test('content pages load no JavaScript beyond the header module, and no web fonts', async ({ page }) => {
  const scripts: string[] = [];
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    if (r.resourceType() === 'font') fonts.push(r.url());
  });
  await page.goto('/sources/india-japan-st-cooperation/');
  await page.goto('/countries/japan/');
  expect(new Set(scripts).size).toBe(1);
  expect(scripts[0]).toMatch(/^\/_astro\/Base\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/);
  expect(fonts).toEqual([]);
  // One inline script only: the theme, before the stylesheet.
  await expect(page.locator('script:not([src])')).toHaveCount(1);
});

test('every built page stays within 20 KB gzip of HTML and CSS beyond its own text, the world map within 40 KB of its own', () => {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const weights = builtPaths().map((path) => ({
    path,
    weight: pageWeight(readFileSync(join(dist, path, 'index.html'), 'utf8'), (p) =>
      readFileSync(join(dist, p)),
    ),
  }));
  const over = weights
    .filter(({ weight }) => weight.beyondText > BUDGET_BYTES || weight.map > MAP_BUDGET_BYTES)
    .map(({ path, weight }) => `${path}: ${weight.beyondText} bytes, map ${weight.map} bytes`);
  expect(builtPaths().length).toBeGreaterThan(5);
  // The map is weighed where it is drawn, and nowhere else.
  expect(weights.filter((w) => w.weight.map > 0).map((w) => w.path)).toEqual(['/', '/countries/']);
  expect(over).toEqual([]);
});
