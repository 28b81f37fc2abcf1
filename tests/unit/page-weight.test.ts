import { describe, expect, it } from 'vitest';
import { gzipSize, linkedAssets, mainText, pageWeight } from '../../src/harness/page-weight.ts';

const page = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg">
<link rel="stylesheet" href="https://cdn.example.org/x.css">
<script>inline()</script></head><body><header>Site</header>
<main id="main"><h1>India &amp; Japan</h1><p>JSPS   and <a href="/x/">JST</a>.</p><script type="module" src="/_astro/a.js"></script></main>
<footer>Foot</footer><script type="module" src="/_astro/b.js"></script></body></html>`;

describe('linkedAssets', () => {
  it('lists same-site stylesheets and external scripts, not icons, inline scripts or other sites', () => {
    expect(linkedAssets(page)).toEqual({
      styles: ['/_astro/site.css'],
      scripts: ['/_astro/a.js', '/_astro/b.js'],
    });
  });
});

describe('mainText', () => {
  it('keeps the readable text of <main> only, entities decoded and spaces collapsed', () => {
    expect(mainText(page)).toBe('India & Japan JSPS and JST .');
  });

  it('is empty for a page without <main>', () => {
    expect(mainText('<p>no main</p>')).toBe('');
  });
});

describe('pageWeight', () => {
  it('adds HTML and CSS and takes away the text, reading each asset once', () => {
    const read: string[] = [];
    const assets: Record<string, string> = {
      '/_astro/site.css': 'body{color:red}',
      '/_astro/a.js': 'a()',
      '/_astro/b.js': 'b()',
    };
    const w = pageWeight(page, (p) => {
      read.push(p);
      return Buffer.from(assets[p]!);
    });
    expect(read).toEqual(['/_astro/site.css', '/_astro/a.js', '/_astro/b.js']);
    expect(w.html).toBe(gzipSize(page));
    expect(w.css).toBe(gzipSize('body{color:red}'));
    expect(w.js).toBe(gzipSize('a()') + gzipSize('b()'));
    expect(w.text).toBe(gzipSize('India & Japan JSPS and JST .'));
    expect(w.map).toBe(0);
    expect(w.beyondText).toBe(w.html + w.css - w.text);
  });

  it('weighs the world map apart from the page, against its own budget', () => {
    const map = `<svg class="world-map__svg" data-weight="map" viewBox="0 0 9 9"><path d="${'M1,2L3,4Z'.repeat(500)}"></path></svg>`;
    const withMap = page.replace('</main>', `${map}</main>`);
    const w = pageWeight(withMap, (p) => Buffer.from(p.endsWith('.css') ? 'body{color:red}' : 'a()'));
    expect(w.map).toBe(gzipSize(map));
    expect(w.html).toBe(gzipSize(withMap));
    expect(w.beyondText).toBe(gzipSize(page) + gzipSize('body{color:red}') - w.text);
  });
});
