import { expect, test, type Page } from '@playwright/test';

/**
 * The desktop layout in real Chromium: from 64em a navigation column beside the text (partners, sectors,
 * agreements) that marks where the reader is and stays in view; from 76em the "On this page" list as a column
 * of its own, clear of wide tables; the text at a readable measure; phones and tablets as before.
 */

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not displayed`);
  return b;
};

/** The page of the first record in /agreements.json: any agreement page will do, whatever the extraction names it. */
const anAgreementPage = async (page: Page) =>
  `/agreements/${((await (await page.request.get('/agreements.json')).json()) as { id: string }[])[0]!.id}/`;

test('from 64em a navigation column beside the text lists every partner and sector, and marks this page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // What the column must hold, read from the site's own index pages.
  await page.goto('/countries/');
  const partners = await page.locator('main .card__title a').allTextContents();
  await page.goto('/sectors/');
  const sectors = await page.locator('main .card__title a').allTextContents();
  expect(partners.length).toBeGreaterThan(1);
  expect(sectors.length).toBeGreaterThan(1);

  await page.goto('/countries/japan/');
  const column = page.getByRole('navigation', { name: 'Browse' });
  await expect(column).toBeVisible();
  const partnerList = column.getByRole('list', { name: 'Partners' });
  expect((await partnerList.getByRole('link').allTextContents()).map((t) => t.trim())).toEqual(partners);
  const sectorList = column.getByRole('list', { name: 'Sectors' });
  expect((await sectorList.getByRole('link').allTextContents()).map((t) => t.trim())).toEqual(sectors);
  const agreementList = column.getByRole('list', { name: 'Agreements' });
  await expect(agreementList.getByRole('link', { name: 'All agreements' })).toHaveAttribute(
    'href',
    '/agreements/',
  );
  await expect(agreementList.getByRole('link', { name: 'Timeline' })).toHaveAttribute('href', '/timeline/');

  await expect(partnerList.getByRole('link', { name: 'Japan' })).toHaveAttribute('aria-current', 'page');
  await expect(column.locator('[aria-current="page"]')).toHaveCount(1);
  // The column is beside the text, not above it.
  const nav = await box(page, 'nav.sidebar');
  const main = await box(page, 'main');
  expect(nav.x + nav.width).toBeLessThanOrEqual(main.x);
  expect(main.y).toBeLessThan(nav.y + nav.height);

  // An agreement belongs to the agreements: that entry says so, and it follows the reader to a sector's page.
  await page.goto(await anAgreementPage(page));
  await expect(agreementList.getByRole('link', { name: 'All agreements' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await sectorList.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/sectors\/[a-z-]+\/$/);
  await expect(
    page
      .getByRole('navigation', { name: 'Browse' })
      .getByRole('list', { name: 'Sectors' })
      .locator('[aria-current="page"]'),
  ).toHaveCount(1);
});

test('the navigation column and the contents list stay in view while a long page scrolls', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/countries/japan/');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect(
    page.getByRole('navigation', { name: 'Browse' }).getByRole('link', { name: 'All agreements' }),
  ).toBeInViewport();
  await expect(
    page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Agreements' }),
  ).toBeInViewport();
});

test('from 76em the contents list is a column of its own, clear of the text and of wide tables', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/countries/japan/');
  const toc = await box(page, 'nav.toc');
  for (const selector of ['#partner-agreements', 'main h1', 'main .lede']) {
    const b = await box(page, selector);
    expect(b.x + b.width, `${selector} runs under the contents list`).toBeLessThanOrEqual(toc.x);
  }
  // It starts beside the title, not below it.
  expect(toc.y).toBeLessThan((await box(page, 'main h1')).y + 100);

  // Narrower than 76em it is an open list above the agreements, as on a tablet.
  await page.setViewportSize({ width: 1100, height: 800 });
  const inline = await box(page, 'nav.toc');
  expect(inline.y + inline.height).toBeLessThanOrEqual((await box(page, '#agreements')).y);
});

test('a short page lists its sections only where there is a column for them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(await anAgreementPage(page));
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: 'Cite this' }).click();
  await expect(page).toHaveURL(/#cite-heading$/);
  await expect(page.getByRole('heading', { name: 'Cite this' })).toBeInViewport();
  await page.goto('/method/');
  await expect(toc.getByRole('link')).not.toHaveCount(0);
  for (const href of await toc.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(href!)).toHaveCount(1);
  }
  // Phones and tablets keep the page as it was: nothing to open before the facts.
  for (const width of [375, 1000]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(await anAgreementPage(page));
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  }
});

test('text keeps a readable measure at desktop widths', async ({ page }) => {
  for (const width of [1280, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/sources/india-japan-st-cooperation/', await anAgreementPage(page)]) {
      await page.goto(path);
      const widths = await page
        .locator('main p')
        .evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect().width));
      // 38rem: about 70 characters of the body font.
      expect(Math.max(...widths), `${path} at ${width} px`).toBeLessThanOrEqual(38 * 16);
    }
  }
});

test('phones and tablets keep the header menu: no navigation column below 64em', async ({ page }) => {
  for (const width of [375, 1000]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/countries/japan/');
    await expect(page.getByRole('navigation', { name: 'Browse' })).toBeHidden();
    // The text starts at the page's edge, as before: nothing is reserved for a column.
    expect((await box(page, 'main h1')).x).toBeLessThanOrEqual(24);
  }
  // From 64em the partners are in the column, so the header's partners list gives way to it.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByRole('navigation', { name: 'Main' }).getByText('Partners')).toBeHidden();
});
