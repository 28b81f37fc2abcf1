/**
 * The loader that renders the ingest's MDX while the content layer syncs
 * (src/loaders/generated-mdx.ts): the HTML it stores shows every source
 * sentence as text and nothing else, and a sync re-renders only what changed.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { runIngest } from '../../src/ingest/cli.ts';
import { textExpression } from '../../src/ingest/mdx.ts';
import { generatedMdx, renderMdxToHtml } from '../../src/loaders/generated-mdx.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const textOf = (n: Node): string =>
  'value' in n && n.nodeName === '#text'
    ? n.value
    : 'childNodes' in n
      ? n.childNodes.map(textOf).join('')
      : '';
const elementsOf = (html: string): Element[] => parseFragment(html).childNodes.filter(isElement);
const allElements = (n: Node): Element[] =>
  'childNodes' in n
    ? n.childNodes.flatMap((c) => (isElement(c) ? [c, ...allElements(c)] : allElements(c)))
    : [];
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

describe('renderMdxToHtml', () => {
  it('shows hostile source text as text: no element, script or expression comes out of it', async () => {
    const hostile = [
      '{globalThis.__pwned = 1}',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      "import fs from 'node:fs'",
      'export const x = 1',
      '&amp; &lt;',
      '"\'`${x}`',
      '\u2028',
      '{/* */}',
    ].join('\n');
    delete (globalThis as Record<string, unknown>)['__pwned'];
    const { html } = await renderMdxToHtml(
      `---\ntitle: "t"\n---\n<p id="a">${textExpression(hostile)}</p>\n`,
      'hostile.mdx',
    );
    const [p, ...rest] = elementsOf(html);
    expect(rest).toEqual([]);
    expect(p!.tagName).toBe('p');
    expect(attr(p!, 'id')).toBe('a');
    expect(allElements(p!)).toEqual([]);
    expect(textOf(p!)).toBe(hostile);
    expect((globalThis as Record<string, unknown>)['__pwned']).toBeUndefined();
  });

  it("renders every generated page of the real sources with each paragraph's id, partners and exact text", async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'atlas-loader-'));
    const result = runIngest({ contentDir: join(import.meta.dirname, '../../content'), outDir });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    for (const doc of result.output.documents) {
      const { data, html } = await renderMdxToHtml(
        readFileSync(join(outDir, 'sources', `${doc.slug}.mdx`), 'utf8'),
        `${doc.slug}.mdx`,
      );
      expect(data['source']).toBe(doc.slug);
      const rendered = elementsOf(html).map((el) => ({
        tag: el.tagName,
        id: attr(el, 'id'),
        partners: attr(el, 'data-partners'),
        text: textOf(el),
      }));
      expect(rendered).toEqual(
        doc.blocks.map((b) => ({
          tag: b.kind === 'heading' ? 'h2' : 'p',
          id: b.anchor,
          partners: b.partners.length > 0 ? b.partners.join(' ') : undefined,
          text: b.text,
        })),
      );
      for (const partner of doc.partners) {
        const passages = await renderMdxToHtml(
          readFileSync(join(outDir, 'countries', partner, `${doc.slug}.mdx`), 'utf8'),
          'p.mdx',
        );
        const blocks = doc.blocks.filter((b) => b.partners.includes(partner));
        expect(elementsOf(passages.html).map((el) => textOf(el))).toEqual(
          blocks.map((b) => (b.kind === 'heading' ? b.text : `${b.text} In the full document`)),
        );
        const links = elementsOf(passages.html)
          .flatMap(allElements)
          .map((a) => attr(a, 'href'));
        expect(links).toEqual(
          blocks.filter((b) => b.kind === 'paragraph').map((b) => `/sources/${doc.slug}/#${b.anchor}`),
        );
      }
    }
  });
});

// ---- The loader against a store that records what it is given ---------------

interface Stored {
  id: string;
  data: Record<string, unknown>;
  digest?: string | number;
  filePath?: string;
  rendered?: { html: string };
}

function fakeContext(root: string, store = new Map<string, Stored>(), meta = new Map<string, string>()) {
  const writes: string[] = [];
  const context = {
    collection: 'test',
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Stored) => {
        writes.push(entry.id);
        store.set(entry.id, entry);
        return true;
      },
      keys: () => [...store.keys()],
      delete: (id: string) => void store.delete(id),
      clear: () => store.clear(),
    },
    meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => void meta.set(k, v) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (s: string) => s.length + ':' + s,
    logger: console,
  };
  return { context: context as unknown as LoaderContext, store, meta, writes };
}

const page = (title: string, text: string) =>
  `---\ntitle: ${JSON.stringify(title)}\n---\n<p id="x">${textExpression(text)}</p>\n`;

describe('generatedMdx loader', () => {
  it('stores one rendered entry per file, with the id the glob loader gave, and re-renders only what changed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-loader-root-'));
    const base = join(root, 'generated/countries');
    mkdirSync(join(base, 'japan'), { recursive: true });
    mkdirSync(join(base, 'finland'), { recursive: true });
    writeFileSync(join(base, 'japan/doc-a.mdx'), page('A', 'Alpha & <b>'));
    writeFileSync(join(base, 'finland/doc-a.mdx'), page('A', 'Quantum'));
    writeFileSync(join(base, 'japan/notes.txt'), 'not MDX');
    const loader = generatedMdx({ base: 'generated/countries', pattern: '*/*.mdx' });

    const first = fakeContext(root);
    await loader.load(first.context);
    expect([...first.store.keys()].sort()).toEqual(['finland/doc-a', 'japan/doc-a']);
    expect(first.store.get('japan/doc-a')).toMatchObject({
      data: { title: 'A' },
      filePath: 'generated/countries/japan/doc-a.mdx',
      rendered: { html: '<p id="x">Alpha &amp; &lt;b></p>' },
    });

    // Same files: nothing rendered again. One edited, one removed: only those touch the store.
    const again = fakeContext(root, first.store, first.meta);
    await loader.load(again.context);
    expect(again.writes).toEqual([]);
    writeFileSync(join(base, 'finland/doc-a.mdx'), page('A', 'Quantum computing'));
    rmSync(join(base, 'japan/doc-a.mdx'));
    const edited = fakeContext(root, first.store, first.meta);
    await loader.load(edited.context);
    expect(edited.writes).toEqual(['finland/doc-a']);
    expect([...edited.store.keys()]).toEqual(['finland/doc-a']);
    expect(edited.store.get('finland/doc-a')?.rendered?.html).toContain('Quantum computing');

    // Entries rendered by another version of the renderer are not trusted.
    first.meta.set('renderer', 'an older renderer');
    const upgraded = fakeContext(root, first.store, first.meta);
    await loader.load(upgraded.context);
    expect(upgraded.writes).toEqual(['finland/doc-a']);
    expect(readdirSync(join(base, 'japan'))).toEqual(['notes.txt']);
  });

  it('stops on a file that does not render, naming the file, the line and what to do', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-loader-root-'));
    mkdirSync(join(root, 'generated/sources'), { recursive: true });
    writeFileSync(
      join(root, 'generated/sources/broken.mdx'),
      `---\ntitle: "Broken"\n---\n<p id="a">${textExpression('fine')}</p>\n\n<p>{"unclosed}</p>\n`,
    );
    const loader = generatedMdx({ base: 'generated/sources', pattern: '*.mdx' });
    const message =
      /^generated\/sources\/broken\.mdx, line 6: this generated MDX file does not render \(.+\)\. It is written by `npm run ingest`: run the ingest again/;
    await expect(loader.load(fakeContext(root).context)).rejects.toThrow(message);

    // Under `npm run dev` the same file, broken after the server started, is reported and the rest keeps serving.
    rmSync(join(root, 'generated/sources/broken.mdx'));
    writeFileSync(join(root, 'generated/sources/fine.mdx'), page('Fine', 'fine'));
    const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
    const errors: string[] = [];
    const dev = fakeContext(root);
    await loader.load({
      ...dev.context,
      watcher,
      logger: { ...console, error: (m: string) => errors.push(m) },
    } as unknown as LoaderContext);
    writeFileSync(
      join(root, 'generated/sources/broken.mdx'),
      `---\ntitle: "Broken"\n---\n\n\n<p>{"unclosed}</p>\n`,
    );
    watcher.emit('add', join(root, 'generated/sources/broken.mdx'));
    await expect.poll(() => errors).toEqual([expect.stringMatching(message)]);
    expect([...dev.store.keys()]).toEqual(['fine']);
  });
});
