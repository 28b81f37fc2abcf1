/**
 * The feeds of new agreements as a feed reader meets them: advertised by the
 * pages, valid RSS, and every entry leading to the agreement it announces.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

interface Item {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
  category: string[];
}

async function readFeed(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  // A static host types the file by its extension: text/xml or application/xml.
  expect(response.headers()['content-type'], path).toMatch(/^(text|application)\/(rss\+)?xml/);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'item' || name === 'category',
  }).parse(await response.text()) as {
    rss: { '@_version': string; channel: { title: string; link: string; item?: Item[] } };
  };
  expect(parsed.rss['@_version']).toBe('2.0');
  return parsed.rss.channel;
}

/** A feed's absolute link (on the public address) → the same path on the test server. */
const localPath = (link: string) => new URL(link).pathname;

test('the home page advertises the feed of new agreements, and the footer links to it', async ({ page }) => {
  await page.goto('/');
  const alternate = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  await expect(alternate).toHaveAttribute('href', '/agreements.xml');
  await expect(alternate).toHaveAttribute('title', 'New agreements · Partnerships Atlas');
  await page.goto('/method/');
  await expect(
    page.getByRole('contentinfo').getByRole('link', { name: /Feed of new agreements/ }),
  ).toHaveAttribute('href', '/agreements.xml');
});

test('the feed parses, lists newest on the site first, and each entry leads to its agreement', async ({
  page,
  request,
}) => {
  const channel = await readFeed(request, '/agreements.xml');
  const items = channel.item ?? [];
  expect(items.length).toBeGreaterThan(10);
  const days = items.map((i) => Date.parse(i.pubDate));
  expect(days.every((d) => !Number.isNaN(d))).toBe(true);
  expect(days).toEqual([...days].sort((a, b) => b - a));
  const words = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  for (const item of items) {
    expect(item.guid).toEqual({ '#text': item.link, '@_isPermaLink': 'true' });
    expect(item.category).toHaveLength(2);
    // The entry's HTML, read as a feed reader would (parsed, never run): its quote.
    const quote = await page.evaluate(
      (html) => new DOMParser().parseFromString(html, 'text/html').querySelector('blockquote')?.textContent,
      item.description,
    );
    expect(quote, item.link).toBeTruthy();
    const response = await page.goto(localPath(item.link));
    expect(response?.status(), item.link).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
    expect(words(await page.locator('main').textContent()), item.link).toContain(words(quote));
  }
});

test('each country page advertises its own feed, which lists only that partner', async ({
  page,
  request,
}) => {
  await page.goto('/countries/');
  const countries = await page
    .locator('main a[href^="/countries/"]')
    .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
  expect(countries.length).toBeGreaterThan(3);
  for (const path of countries) {
    await page.goto(path);
    const name = (await page.getByRole('heading', { level: 1 }).textContent())!
      .replace(/^India and /, '')
      .trim();
    const own = page.locator('link[rel="alternate"][type="application/rss+xml"]').first();
    await expect(own).toHaveAttribute('href', `${path}agreements.xml`);
    await expect(page.getByRole('link', { name: `Follow new agreements with ${name}` })).toHaveAttribute(
      'href',
      `${path}agreements.xml`,
    );
    const channel = await readFeed(request, `${path}agreements.xml`);
    expect(localPath(channel.link)).toBe(path);
    for (const item of channel.item ?? []) expect(item.category, item.link).toContain(name);
  }
});
