/**
 * The pictures drawn at build time, in real Chromium: the world map, the
 * timeline chart, a country page's overview and collapsed passages, and an
 * agreement's family tree and life line. Expected figures are read from
 * /agreements.json, so the tests follow the data rather than a copy of it.
 */
import escapeStringRegexp from 'escape-string-regexp';
import { expect, test, type Page } from '@playwright/test';
import { fixtureURL, type PublicRecord } from '../support/sites.ts';

const agreementsOf = async (page: Page, origin = '') =>
  (await (await page.request.get(`${origin}/agreements.json`)).json()) as PublicRecord[];
const countBy = <T>(items: T[], key: (t: T) => string) =>
  items.reduce((m, t) => m.set(key(t), (m.get(key(t)) ?? 0) + 1), new Map<string, number>());
const agreementsNoun = (n: number) => `${n} agreement${n === 1 ? '' : 's'}`;

/** WCAG relative luminance contrast between two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** A point inside an SVG link's shape, found the way a pointer would: by asking what is under it. */
async function pointInside(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const point = await page.locator(selector).evaluate((link) => {
    const box = link.getBoundingClientRect();
    for (let fy = 0.1; fy < 1; fy += 0.1)
      for (let fx = 0.1; fx < 1; fx += 0.1) {
        const x = box.left + box.width * fx;
        const y = box.top + box.height * fy;
        if (link.contains(document.elementFromPoint(x, y))) return { x, y };
      }
    return null;
  });
  expect(point, `no point of ${selector} is under the pointer`).not.toBeNull();
  return point!;
}

for (const path of ['/', '/countries/']) {
  test(`the world map on ${path} shades every partner and names it with its agreements`, async ({ page }) => {
    await page.goto(path);
    const records = await agreementsOf(page);
    const counts = countBy(records, (r) => r.partner);
    const map = page.locator('figure.world-map');
    const legendLinks = map.locator('.world-map__legend a');
    const partners = await legendLinks.evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href')!, name: a.textContent!.trim() })),
    );
    expect(partners.length).toBeGreaterThan(5);
    for (const p of partners) {
      const slug = /^\/countries\/([a-z-]+)\/$/.exec(p.href)![1]!;
      const name = `${p.name}: ${agreementsNoun(counts.get(slug) ?? 0)}`;
      const link = map.locator('svg').getByRole('link', { name, exact: true });
      await expect(link).toHaveAttribute('href', p.href);
      await expect(link.locator('title')).toHaveText(name);
      // The keyboard path is the legend's link; the shape is for a pointer.
      await expect(link).toHaveAttribute('tabindex', '-1');
      expect(
        (await legendLinks.filter({ hasText: p.name }).first().boundingBox())!.height,
      ).toBeGreaterThanOrEqual(24);
    }
    // Most agreements, darkest class; India is marked and is no link.
    const japanShade = await map.locator('svg a[href="/countries/japan/"] path').getAttribute('class');
    expect(japanShade).toBe('shade-5');
    await expect(map.locator('.world-map__india title')).toHaveText('India');
    await expect(map.getByRole('figure').or(map)).toHaveAccessibleName(/^India and its \d+ partners/);
  });
}

test('a partner too small to see gets a ring, and a click on a shape opens its country', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  // Singapore is a few pixels of land at this scale: the map rings it.
  await expect(page.locator('svg a[href="/countries/singapore/"] circle.world-map__marker')).toHaveCount(1);
  const { x, y } = await pointInside(page, 'svg a[href="/countries/japan/"]');
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(/\/countries\/japan\/$/);
});

test('the map stands out from its land in both themes and in print', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto('/');
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      // Computed fills come back in the colour space of their color-mix(): paint each one to read it as sRGB.
      const fill = (sel: string) =>
        page
          .locator(sel)
          .first()
          .evaluate((e) => {
            const ctx = document.createElement('canvas').getContext('2d')!;
            ctx.fillStyle = getComputedStyle(e).fill;
            ctx.fillRect(0, 0, 1, 1);
            const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
            return `rgb(${r}, ${g}, ${b})`;
          });
      const land = await fill('.world-map__land');
      for (const sel of ['.world-map__india', 'svg .shade-5'])
        expect(
          contrast(await fill(sel), land),
          `${sel} on land, ${colorScheme}, ${media}`,
        ).toBeGreaterThanOrEqual(3);
      await expect(page.locator('.world-map__svg')).toBeVisible();
    }
    await context.close();
  }
});

test('a new partner added as data appears on the map with its agreements (fixture site)', async ({
  page,
}) => {
  await page.goto(fixtureURL('/'));
  const records = await agreementsOf(page, fixtureURL(''));
  const norway = records.filter((r) => r.partner === 'norway').length;
  expect(norway).toBeGreaterThan(0);
  await expect(
    page.locator('.world-map svg').getByRole('link', { name: `Norway: ${agreementsNoun(norway)}` }),
  ).toHaveAttribute('href', '/countries/norway/');
});

test('the timeline chart has one linked dot per dated agreement and counts the undated per partner', async ({
  page,
}) => {
  await page.goto('/timeline/');
  const records = await agreementsOf(page);
  const chart = page.locator('figure.timeline-chart');
  const dots = chart.locator('svg a');
  const dated = records.filter((r) => r.date);
  expect(dated.length).toBeGreaterThan(20);
  await expect(dots).toHaveCount(dated.length);
  const hrefs = await dots.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.sort()).toEqual(dated.map((r) => `/agreements/${r.id}/`).sort());
  const first = dated[0]!;
  const dot = chart.locator(`svg a[href="/agreements/${first.id}/"]`);
  await expect(dot.locator('title')).toHaveText(new RegExp(`^${escapeStringRegexp(first.name)}: `));
  // The undated are counted in the last column, and the caption says how many there are.
  const undated = records.length - dated.length;
  await expect(chart.locator('figcaption')).toContainText(`those with no date (${undated})`);
  // Every row's label is a partner with agreements: as many rows as partners in the data.
  const partners = new Set(records.map((r) => r.partner)).size;
  await expect(chart.locator('.chart__label')).toHaveCount(partners);
  // A real click on a dot opens its agreement.
  await dot.click();
  await expect(page).toHaveURL(new RegExp(`/agreements/${first.id}/$`));
});

test('on a phone the timeline chart scrolls in its own focusable box, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/timeline/');
  const box = page.locator('figure.timeline-chart .chart__scroll');
  await expect(box).toHaveAttribute('tabindex', '0');
  expect(await box.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBe(0);
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
});

test('a country page opens with its key figures and agreements by decade, read from the records', async ({
  page,
}) => {
  await page.goto('/countries/japan/');
  const records = (await agreementsOf(page)).filter((r) => r.partner === 'japan');
  const figures = page.locator('.key-figures');
  const figure = (label: string) =>
    figures.locator('div', { has: page.getByText(label, { exact: true }) }).locator('dd');
  await expect(figure('Agreements')).toHaveText(String(records.length));
  const years = records.flatMap((r) => (r.date ? [Number(r.date.slice(0, 4))] : []));
  await expect(figure('Years')).toHaveText(`${Math.min(...years)}–${Math.max(...years)}`);
  // The chart's figures, for a screen reader: a table whose rows add up to every agreement.
  const table = page.getByRole('table', { name: 'Agreements between India and Japan by decade' });
  const totals = await table.locator('tbody tr td:last-child').allTextContents();
  expect(totals.reduce((n, t) => n + Number(t), 0)).toBe(records.length);
  await expect(table.locator('tbody th').last()).toHaveText('No date');
  const undated = records.filter((r) => !r.date).length;
  expect(Number(totals.at(-1))).toBe(undated);
  // A partner whose agreements are all undated gets the figures and no chart of a single "No date" column.
  const all = await agreementsOf(page);
  const undatedOnly = [...new Set(all.map((r) => r.partner))].find((p) =>
    all.filter((r) => r.partner === p).every((r) => !r.date),
  )!;
  await page.goto(`/countries/${undatedOnly}/`);
  await expect(figure('Years')).toHaveText('not stated');
  await expect(page.locator('.decade-chart')).toHaveCount(0);
});

test('the Japan page is at most 15,000 px tall at 1280 px, and any passage is two steps away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/countries/japan/');
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(15_000);
  const sections = page.locator('section.source-passages');
  const count = await sections.count();
  expect(count).toBeGreaterThan(1);
  await expect(page.locator('p.passage').first()).toBeHidden();
  // Step one: the source in "On this page"; step two: its summary. Then its passages are there to read.
  const last = sections.last();
  const title = (await last.locator(':scope > h3').textContent())!.trim();
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: title }).click();
  await expect(last.locator('summary')).toBeInViewport();
  await last.locator('summary').click();
  const passages = last.locator('p.passage');
  expect(await passages.count()).toBeGreaterThan(0);
  await expect(passages.first()).toBeVisible();
  await expect(last.locator('summary')).toHaveText(`Show ${await passages.count()} passages about Japan`);
});

test('printed, a country page shows every passage', async ({ page }) => {
  await page.goto('/countries/japan/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('p.passage').first()).toBeVisible();
  await expect(page.locator('p.passage').last()).toBeVisible();
  await expect(page.locator('.passages-toggle summary').first()).toBeHidden();
});

test("an agreement's family is a tree from its framework down, this record marked", async ({ page }) => {
  await page.goto('/agreements/isro-jaxa-implementing-arrangement-2018/');
  const records = await agreementsOf(page);
  const family = page.locator('section.family');
  const current = family.locator('[aria-current="page"]');
  await expect(current).toContainText(
    'ISRO–JAXA Implementing Arrangement on validations, improvement, and applications of rainfall products',
  );
  await expect(current.getByRole('link')).toHaveCount(0);
  // The top of the tree is the framework it was made under; its list holds every record made under it.
  const parent = records.find((r) => r.id === 'isro-jaxa-implementing-arrangement-2018')!.parent!;
  const siblings = records.filter((r) => r.parent === parent);
  await expect(family.locator('.tree > li > .tree__node a')).toHaveAttribute(
    'href',
    `/agreements/${parent}/`,
  );
  const underParent = family.getByRole('list', { name: /^Made under the memorandum of understanding$/ });
  await expect(underParent.locator(':scope > li')).toHaveCount(siblings.length);

  await page.goto(`/agreements/${parent}/`);
  const children = page.getByRole('list', { name: 'Made under this memorandum of understanding' });
  await expect(children.getByRole('link')).toHaveCount(siblings.length);
  await expect(children.locator('a[data-pagefind-weight="4"]')).toHaveCount(siblings.length);
  await page.goto('/agreements/india-japan-fund-2023/');
  await expect(page.locator('section.family')).toHaveCount(0);
});

test("an agreement's life is on a line where the sources date it, and said in words", async ({ page }) => {
  const records = await agreementsOf(page);
  const withLife = records.filter((r) => [r.date, r.status?.on, r.status?.until].filter(Boolean).length >= 2);
  expect(withLife.length).toBeGreaterThan(0);
  await page.goto('/agreements/dgh-jogmec-mou-2007/');
  const life = page.locator('section.life');
  await expect(life.locator('figcaption')).toHaveText(
    'Signed 16 February 2007, then extended until 15 February 2024, as the sources give it.',
  );
  await expect(life.locator('svg circle')).toHaveCount(2);
  for (const r of withLife) {
    await page.goto(`/agreements/${r.id}/`);
    await expect(page.locator('section.life svg circle'), r.id).toHaveCount(
      [r.date, r.status?.on !== r.date ? r.status?.on : null, r.status?.until].filter(Boolean).length,
    );
  }
  await page.goto('/agreements/cert-in-jpcert-cc-moc/');
  await expect(page.locator('section.life')).toHaveCount(0);
});
