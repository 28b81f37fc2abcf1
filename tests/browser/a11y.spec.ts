import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPaths, largestPath, pageTypes, routeToPattern } from '../../src/harness/page-types.ts';

/**
 * Accessibility in real Chromium: axe-core (WCAG 2.2 A/AA and best practice)
 * on every page type the build has, at phone and desktop widths, in both
 * themes; no sideways scrolling at 320 px; the header menu and the contents
 * list by keyboard.
 */
const types = pageTypes();

/** The page types readers use, by their route file; each must be built while its route exists. */
const NAMED: Record<string, RegExp> = {
  home: /^index$/,
  countries: /^countries\/index$/,
  // Paginated: countries/[partner]/[...page] builds /countries/japan/, /countries/japan/2/…
  country: /^countries\/\[[^/]+\](\/\[\.\.\.[^/]+\])?$/,
  sources: /^sources\/index$/,
  source: /^sources\/\[[^/]+\]$/,
  search: /^search(\/index)?$/,
  '404': /^404$/,
  agreements: /^agreements\/index$/,
  agreement: /^agreements\/\[[^/]+\]$/,
  sector: /^sectors\/\[[^/]+\]$/,
  timeline: /^timeline(\/index)?$/,
};
/** Every one of them must have a route that builds pages. */
const REQUIRED = Object.keys(NAMED);

test('every page type readers use is built, and every built page has a type', () => {
  for (const name of REQUIRED) {
    expect(
      types.some((t) => NAMED[name]!.test(t.route)),
      `no route for the ${name} page type in src/pages`,
    ).toBe(true);
  }
  for (const t of types)
    expect(t.paths.length, `route src/pages/${t.route} built no page`).toBeGreaterThan(0);
  const untyped = builtPaths().filter((p) => !types.some((t) => t.paths.includes(p)));
  expect(untyped).toEqual([]);
});

test('route patterns match the paths their files build', () => {
  expect(routeToPattern('index').test('/')).toBe(true);
  expect(routeToPattern('countries/[partner]').test('/countries/japan/')).toBe(true);
  expect(routeToPattern('countries/[partner]').test('/countries/')).toBe(false);
  expect(routeToPattern('sectors/[...slug]').test('/sectors/a/b/')).toBe(true);
});

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

for (const type of types) {
  const path = largestPath(type);
  if (!path) continue;
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds no violations on ${type.route} (${path}) at ${width} px, ${colorScheme} theme`, async ({
        browser,
      }) => {
        test.slow(); // axe over a long country page takes a while on a shared machine
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        expect(await axeViolations(page)).toEqual([]);
        await expect(page.locator('h1')).toHaveCount(1);
        await context.close();
      });
    }
  }
}

test('with the phone menu and the partners list open, axe still finds nothing, in both themes', async ({
  browser,
}) => {
  // The Japan page carries its agreements table and timeline: axe needs longer than test.slow() gives.
  test.setTimeout(240_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 375, height: 900 }, colorScheme });
    const page = await context.newPage();
    await page.goto('/countries/japan/');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByText('Partners').click();
    await page.getByRole('button', { name: 'Dark theme' }).focus();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }
});

test('no built page scrolls sideways at 320 px', async ({ browser }) => {
  // One visit per built page: allow about a second each on a shared machine (the agreement pages number in the dozens).
  test.setTimeout(30_000 + builtPaths().length * 1_000);
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  const wide: string[] = [];
  for (const path of [...builtPaths(), '/no-such-page-for-tests/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) wide.push(`${path} by ${overflow}px`);
  }
  expect(wide).toEqual([]);
  await context.close();
});

test('the phone menu opens and closes by keyboard and Escape gives focus back', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/sources/');
  const button = page.getByRole('button', { name: 'Menu' });
  const menu = page.locator('nav[aria-label="Main"]');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeHidden();
  await expect(button).toHaveAttribute('aria-controls', (await menu.getAttribute('id'))!);

  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // site name
  await page.keyboard.press('Tab'); // search
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('link', { name: 'Countries' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(menu.getByRole('link', { name: 'Agreements' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(menu.getByRole('link', { name: 'Countries' })).toBeFocused();

  // The partners list is a disclosure inside the menu; Escape closes it first, then the menu.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(menu.getByText('Partners')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(menu.getByRole('link', { name: 'Finland' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu.getByRole('link', { name: 'Finland' })).toBeHidden();
  await expect(menu.getByText('Partners')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  await page.keyboard.press('Space');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Space');
  await expect(menu).toBeHidden();
});

test('without JavaScript the menu is simply open and the page reads in full', async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 320, height: 800 },
  });
  const page = await context.newPage();
  await page.goto('/countries/japan/');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  // The passages open from their summary with no script: a <details> element.
  const passage = page.getByText('India-Japan Cooperative Science Programme was initiated in 1993').first();
  await expect(passage).toBeHidden();
  await page
    .locator('section.source-passages', { has: passage })
    .getByText(/^Show \d+ passages about Japan$/)
    .click();
  await expect(passage).toBeVisible();
  await context.close();
});

test('the contents list is collapsed on phones, opens by keyboard and leads to its section', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/sources/india-japan-st-cooperation/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const first = toc.getByRole('link', { name: 'DST-Japan Society for the Promotion of Science (JSPS)' });
  await expect(first).toBeHidden();
  await toc.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(first).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#h-dst-japan-society-for-the-promotion$/);
  await expect(page.locator('#h-dst-japan-society-for-the-promotion')).toBeInViewport();
});

test('the contents list is open from tablet width, one copy in the accessibility tree', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/countries/japan/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(
    toc.getByRole('link', { name: 'Indo–Japanese Collaboration on Artificial Intelligence' }),
  ).toHaveCount(1);
  await expect(
    toc.getByRole('link', { name: 'Indo–Japanese Collaboration on Artificial Intelligence' }),
  ).toBeVisible();
});
