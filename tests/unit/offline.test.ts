import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSW, getManifest } from 'workbox-build';
import { countryOfflinePaths, countryPagePaths } from '../../src/utils/country-pages.ts';
import { offlineNote, offlineResults } from '../../src/client/search/offline-results.ts';
import { precacheOptions, serviceWorkerOptions } from '../../src/integrations/service-worker.ts';

describe('the pages of a country, for saving offline', () => {
  it('numbers its pages as the site does: /countries/x/, then /2/, /3/… (25 sources to a page)', () => {
    expect(countryPagePaths('japan', 0)).toEqual(['/countries/japan/']);
    expect(countryPagePaths('japan', 25)).toEqual(['/countries/japan/']);
    expect(countryPagePaths('japan', 26)).toEqual(['/countries/japan/', '/countries/japan/2/']);
  });
  it('lists its pages, its agreements and every source they quote, each once', () => {
    const paths = countryOfflinePaths(
      'japan',
      ['b-doc', 'a-doc', 'a-doc'],
      [
        { id: 'z-mou', sources: [{ source: 'a-doc' }] },
        { id: 'y-lab', sources: [{ source: 'c-doc' }] },
      ],
    );
    expect(paths).toEqual([
      '/countries/japan/',
      '/agreements/y-lab/',
      '/agreements/z-mou/',
      '/sources/a-doc/',
      '/sources/b-doc/',
      '/sources/c-doc/',
    ]);
  });
});

describe('search results offline', () => {
  const hit = (url: string) => () => Promise.resolve({ url });
  const missing = () => Promise.reject(new TypeError('Failed to fetch'));
  it('keeps, in rank order, the results whose details loaded and whose page is saved', async () => {
    const saved = new Set(['/a/', '/c/']);
    const r = await offlineResults([hit('/a/'), missing, hit('/b/'), hit('/c/')], async (u) => saved.has(u));
    expect(r).toEqual({ kept: [{ url: '/a/' }, { url: '/c/' }], needNetwork: 2 });
  });
  it('says what needs the network, and that words never searched here find nothing offline', () => {
    expect(offlineNote(10, 0)).toBe('');
    expect(offlineNote(10, 3)).toBe(
      ' Offline: 3 of the first 10 are not saved on this device and need the network.',
    );
    expect(offlineNote(1, 1)).toBe(' Offline: it is not saved on this device and needs the network.');
    expect(offlineNote(4, 4)).toBe(' Offline: none of them is saved on this device; they need the network.');
    expect(offlineNote(0, 0)).toMatch(/^ Offline, search finds only words searched before on this device/);
  });
});

describe('the service worker', () => {
  const site = () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-sw-'));
    for (const [path, text] of Object.entries({
      'index.html': '<h1>Home</h1>',
      'offline/index.html': '<h1>Offline</h1>',
      'agreements/x/index.html': '<h1>X</h1>',
      '_astro/Base.abc123.css': 'body{}',
      '_astro/Base.def456.js': 'console.log(1)',
      'favicon.svg': '<svg/>',
      'pagefind/pagefind.js': '',
    })) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };
  const manifest = async (dir: string) => (await getManifest(await precacheOptions(dir))).manifestEntries;

  it('precaches the CSS, scripts, favicon and offline page, and no page or search file', async () => {
    // One real worker: the manifest is written into it as the build writes it.
    const dir = site();
    await generateSW(await serviceWorkerOptions(dir));
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]);
    expect(urls).toEqual(['_astro/Base.abc123.css', '_astro/Base.def456.js', 'favicon.svg', 'offline/']);
    expect(sw).toContain('cacheName:"atlas-pages"');
  }, 60_000);
  it('versions the same site the same way, and changes when any page changes', async () => {
    const dir = site();
    const first = await manifest(dir);
    expect(await manifest(site())).toEqual(first);
    // Hashed names need no revision; the offline page's revision stands for every page.
    expect(first.find((e) => e.url === '_astro/Base.abc123.css')?.revision).toBeNull();
    writeFileSync(join(dir, 'agreements/x/index.html'), '<h1>X, corrected</h1>');
    const second = await manifest(dir);
    const offline = (m: typeof first) => m.find((e) => e.url === 'offline/')?.revision;
    expect(offline(second)).not.toBe(offline(first));
    expect(second.filter((e) => e.url !== 'offline/')).toEqual(first.filter((e) => e.url !== 'offline/'));
  });
});
