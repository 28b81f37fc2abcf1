/**
 * Offline reading in Chromium against the built site: the service worker
 * (src/integrations/service-worker.ts) and the page code that fills its caches
 * (src/client/offline/). Each test opens pages online, takes the network away
 * with Playwright's setOffline, and reads.
 */
import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { serviceWorkerOptions } from '../../src/integrations/service-worker.ts';
import { FIRST_VISIT_PAGES } from '../../src/client/offline/caches.ts';
import { KEPT_FLAG } from '../../src/client/offline/register.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const OFFLINE_HEADING = 'This page is not saved for offline reading';

/** Waits until the worker controls the page and the caching its arrival started is done. */
async function workerReady(page: Page, kind: 'first-visit' | 'refreshed' = 'first-visit'): Promise<void> {
  await page.waitForFunction(
    ([flag, value]) => document.documentElement.dataset[flag!] === value,
    [KEPT_FLAG, kind] as const,
    { timeout: 30_000 },
  );
}

/** Opens `path` and returns whether the service worker answered, and the page's main heading. */
async function open(page: Page, path: string): Promise<{ fromWorker: boolean; heading: string }> {
  const response = await page.goto(path);
  return {
    fromWorker: response?.fromServiceWorker() ?? false,
    heading: (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '',
  };
}

test('an opened page reloads, styled, with the network gone; so do the pages every reader starts from', async ({
  page,
  context,
}) => {
  const styles: { url: string; fromWorker: boolean }[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'stylesheet')
      styles.push({ url: r.url(), fromWorker: r.fromServiceWorker() });
  });
  const online = await open(page, '/agreements/dst-jst-mou-2006/');
  await workerReady(page);
  const headerBorder = () =>
    page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomStyle);
  const styledOnline = await headerBorder();
  expect(styledOnline).toBe('solid');

  await context.setOffline(true);
  styles.length = 0;
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(online.heading);
  expect(await headerBorder()).toBe(styledOnline);
  expect(styles.length).toBeGreaterThan(0);
  expect(styles.filter((s) => !s.fromWorker)).toEqual([]);

  for (const path of FIRST_VISIT_PAGES) {
    const offline = await open(page, path);
    expect(offline.fromWorker, path).toBe(true);
    expect(offline.heading, path).not.toBe(OFFLINE_HEADING);
    expect(offline.heading, path).not.toBe('');
  }
  // A page never opened: the worker says so, rather than the browser's error page.
  expect(await open(page, '/sources/')).toEqual({ fromWorker: true, heading: OFFLINE_HEADING });
  await expect(page.getByRole('link', { name: 'Countries' }).last()).toHaveAttribute('href', '/countries/');
});

test('"Save this country for offline reading" keeps every page of the country, its agreements and sources', async ({
  page,
  context,
  request,
}) => {
  await page.goto('/countries/japan/');
  await workerReady(page);
  const { pages } = (await (await request.get('/countries/japan/offline.json')).json()) as {
    pages: string[];
  };
  expect(pages).toContain('/countries/japan/');
  expect(pages.filter((p) => p.startsWith('/agreements/')).length).toBeGreaterThan(10);
  expect(pages.filter((p) => p.startsWith('/sources/')).length).toBeGreaterThan(0);
  await expect(page.locator('.take-along__what')).toContainText(`${pages.length} pages`);

  await page.getByRole('button', { name: 'Save this country for offline reading' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    `Saved: all ${pages.length} pages now open without a network on this device.`,
    { timeout: 60_000 },
  );

  await context.setOffline(true);
  for (const path of pages) {
    const offline = await open(page, path);
    expect(offline.fromWorker, path).toBe(true);
    expect(offline.heading, path).not.toBe(OFFLINE_HEADING);
  }
  // Pages of other countries were not saved.
  expect((await open(page, '/countries/finland/')).heading).toBe(OFFLINE_HEADING);
});

test('offline, search runs over what this device kept and says when it needs the network', async ({
  page,
  context,
}) => {
  await page.goto('/search/');
  await workerReady(page);
  const input = page.getByRole('searchbox');
  const status = page.locator('[data-search-page] [data-search-status]');

  // Never searched on this device: nothing to search with.
  await context.setOffline(true);
  await input.fill('jaxa');
  await expect(status).toHaveText(/^Search needs the network/);

  // Back online, the same search works (a failed try does not break search for good).
  await context.setOffline(false);
  await input.fill('jaxa ');
  await expect(status).toHaveText(
    /^\d+ agreements?(, \d+ more in the .+ sector)?( and \d+ other results?)? for “jaxa”\.$/,
  );
  const first = page.locator('.search-hit__link').first();
  const title = await first.textContent();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);

  // Offline: the result whose page was opened is found again and opens; the others need the network.
  await context.setOffline(true);
  await page.goto('/search/');
  await input.fill('jaxa');
  await expect(status).toHaveText(/ for “jaxa”\. Offline: \d+ of the first \d+ are not saved/);
  await expect(page.locator('.search-hit__link')).toHaveText([title!]);
  await page.locator('.search-hit__link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);

  // A word never searched here finds nothing offline, and the status says why.
  await page.goBack();
  await input.fill('quantum');
  await expect(status).toHaveText(
    /^No agreement mentions “quantum”\. Offline, search finds only words searched before/,
  );
});

test('a new build replaces cached pages on the next visit online, opened again or not', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // A copy of the built site, served on a port of its own, that this test can rebuild.
  const dir = mkdtempSync(join(tmpdir(), 'atlas-offline-'));
  cpSync(join(root, 'dist'), dir, { recursive: true });
  const { preview } = await import('astro');
  const server = await preview({
    root,
    outDir: dir,
    server: { port: 0, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const base = `http://127.0.0.1:${server.port}`;
  const context = await browser.newContext({ baseURL: base });
  try {
    const page = await context.newPage();
    const opened = '/agreements/dst-jst-mou-2006/';
    const notReopened = '/sources/';
    const before = {
      opened: (await open(page, opened)).heading,
      notReopened: '',
    };
    await workerReady(page);
    before.notReopened = (await open(page, notReopened)).heading;

    // The "new build": both pages change, and the worker is written again from the new site.
    for (const path of [opened, notReopened]) {
      const file = join(dir, path, 'index.html');
      writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', ' (rebuilt)</h1>'));
    }
    await generateSW(await serviceWorkerOptions(dir));

    // Online: the page opened again is the new one at once; the new worker takes over and refreshes the rest.
    expect((await open(page, opened)).heading).toBe(`${before.opened} (rebuilt)`);
    await workerReady(page, 'refreshed');

    await context.setOffline(true);
    expect(await open(page, notReopened)).toEqual({
      fromWorker: true,
      heading: `${before.notReopened} (rebuilt)`,
    });
    expect((await open(page, opened)).heading).toBe(`${before.opened} (rebuilt)`);
  } finally {
    await context.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the web app manifest names the site, its colours and icons that exist', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href!)).json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Partnerships Atlas', start_url: '/', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.headers()['content-type'], icon.src).toBe('image/png');
    // The PNG header states the pixel size: width and height at bytes 16–23.
    const png = await response.body();
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
});
