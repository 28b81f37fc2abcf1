import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks, htmlPages, oversizedIndexChunks, validateHtml } from '../../scripts/check-dist.ts';

const dist = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body>${body}</body></html>`;
mkdirSync(join(dist, 'a'));
writeFileSync(join(dist, 'a/index.html'), page('<h1 id="x">A</h1><p id="x">twice</p>'));
writeFileSync(
  join(dist, 'index.html'),
  page(
    '<a href="/a/">ok</a> <a href="/a/#x">ok</a> <a href="/b/">missing page</a> <a href="/a/#y">missing anchor</a> <a href="https://partnerships-atlas.example.org/c/">own site</a> <a href="https://example.com/" rel="noopener noreferrer">away</a>',
  ),
);
// A page's link-preview image is one of its addresses: a missing image is a broken link.
mkdirSync(join(dist, 'og'));
writeFileSync(join(dist, 'og/a.png'), Buffer.alloc(8));
writeFileSync(
  join(dist, 'a/index.html'),
  page('<h1 id="x">A</h1><p id="x">twice</p>').replace(
    '</head>',
    '<meta property="og:image" content="https://partnerships-atlas.example.org/og/a.png"></head>',
  ),
);
mkdirSync(join(dist, 'd'));
writeFileSync(
  join(dist, 'd/index.html'),
  page('<p>D</p>').replace(
    '</head>',
    '<meta property="og:image" content="https://partnerships-atlas.example.org/og/d.png"></head>',
  ),
);

mkdirSync(join(dist, 'pagefind/index'), { recursive: true });
writeFileSync(join(dist, 'pagefind/index/en_small.pf_index'), Buffer.alloc(100));
writeFileSync(join(dist, 'pagefind/index/en_large.pf_index'), Buffer.alloc(300));

describe('check-dist', () => {
  it('reports each broken internal link, anchor and link-preview image, and nothing else', () => {
    expect(brokenLinks(dist, htmlPages(dist))).toEqual([
      '/d/: <meta> points at https://partnerships-atlas.example.org/og/d.png, which is not in the build',
      '/: <a> points at /b/, which is not in the build',
      '/: <a> points at /a/#y, but /a/ has no id "y"',
      '/: <a> points at https://partnerships-atlas.example.org/c/, which is not in the build',
    ]);
  });
  it('reports HTML errors with the file and the rule', async () => {
    const { errors, report } = await validateHtml(htmlPages(dist));
    expect(errors).toBeGreaterThan(0);
    expect(report).toMatch(/a\/index\.html:.*error \[no-dup-id\]/);
  });
  it('names each search index chunk over the size limit, with the setting to check', () => {
    expect(oversizedIndexChunks(dist, 200)).toEqual([
      'pagefind/index/en_large.pf_index is 300 bytes, over 200: check indexChunkSize in astro.config.mjs and that Pagefind still reads PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (src/integrations/pagefind.ts)',
    ]);
    expect(oversizedIndexChunks(join(dist, 'a'))).toEqual([]);
  });
});
