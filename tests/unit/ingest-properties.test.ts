/**
 * Property-based tests: generated documents (arbitrary Unicode, MDX/HTML/JSX
 * syntax, braces, backticks, frontmatter fences, very long lines, thousands of
 * tiny paragraphs, mixed line endings, BOMs) go through the real ingest, and
 * the generated MDX is parsed the way Astro does (its own frontmatter parser,
 * then @mdx-js/mdx) and run with a toy JSX runtime that returns the element
 * tree. For every document: no crash, the MDX compiles, the page text is the
 * source text minus declared boilerplate, and nothing in the text executes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { stringify } from 'yaml';
import { sectorTermsSchema, type BoilerplateRule } from '../../src/schemas/config.ts';
import { gazetteerSchema } from '../../src/schemas/gazetteer.ts';
import { passagePageSchema, sourcePageSchema } from '../../src/schemas/source.ts';
import { ingestCorpus, type IngestOutput } from '../../src/ingest/pipeline.ts';
import { readSources } from '../../src/ingest/read-sources.ts';
import { parseYaml } from '../../src/ingest/yaml-data.ts';

// An independent oracle for normaliseText's rule: C0 controls but tab and line breaks, and DEL.
// eslint-disable-next-line no-control-regex
const C0_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const content = (name: string) => readFileSync(new URL(`../../content/${name}`, import.meta.url), 'utf8');
const gazetteer = parseYaml(gazetteerSchema, content('partners.yml'), 'partners.yml');
const sectorTerms = parseYaml(sectorTermsSchema, content('sectors.yml'), 'sectors.yml');
if (!gazetteer.ok || !sectorTerms.ok) throw new Error('content/partners.yml or sectors.yml is invalid');

/** The one declared boilerplate rule of these tests; generated documents sometimes contain its line. */
const FURNITURE = 'Subscribe to the Atlas newsletter';
const rules: (BoilerplateRule & { id: string })[] = [
  { id: 'test-furniture', why: 'Declared in the property test.', line: 'Subscribe to the Atlas newsletter' },
];
const config = { gazetteer: gazetteer.value, sectorTerms: sectorTerms.value, rules };

// ---- Generators -------------------------------------------------------------

/** Fragments that mean something to MDX, Markdown, HTML, JSX, YAML or JavaScript. */
const SYNTAX = [
  '{',
  '}',
  '{}',
  '{/*',
  '*/}',
  '<',
  '>',
  '</',
  '/>',
  '<p>',
  '</p>',
  '<script>',
  '</script>',
  '<Foo bar={1}>',
  '<>',
  '</>',
  '`',
  '```',
  '${',
  '---',
  '***',
  '# ',
  '## ',
  '> ',
  '- ',
  '1. ',
  '|',
  '[x](javascript:alert(1))',
  '![i](data:,x)',
  'import fs from "node:fs"',
  'export const x = 1',
  'export default () => null',
  '{globalThis.__pwned = 1}',
  '<img src=x onerror="globalThis.__pwned=1">',
  '&amp;',
  '&lt;',
  '&#x7b;',
  '<!--',
  '-->',
  '"',
  "'",
  '\\',
  '\\n',
  '*',
  '_',
  '~',
  '\u0000',
  '\u0007',
  '\u000B',
  '\u000C',
  '\u0085',
  '\u00A0',
  '\u200B',
  '\u200D',
  '\u2028',
  '\u2029',
  '\uFEFF',
  '\t',
  ' ',
  '  ',
  'e\u0301',
  '\u0301',
  'ñ',
  '👩🏽‍🔬',
  '𝔸',
  '🇮🇳',
  'हिन्दी',
  'العربية',
  '日本語',
  'Japan',
  'Germany',
  'Finland',
  'JAXA',
  'Dr.',
  'U.S.',
  '. ',
  '? ',
  '! ',
  '…',
  '"Quoted." ',
  'Subscribe to the Atlas newsletter',
];
const syntaxy = fc.array(fc.constantFrom(...SYNTAX), { maxLength: 12 }).map((parts) => parts.join(''));
const unicode = fc.string({ unit: 'grapheme', maxLength: 60 });
const anyCodePoint = fc.string({ unit: 'binary', maxLength: 40 });
const prose = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'India',
        'and',
        'Japan',
        'signed',
        'an',
        'MoU',
        'on',
        'quantum',
        'research',
        'Dr.',
        'Germany',
      ),
      unicode,
    ),
    { minLength: 1, maxLength: 20 },
  )
  .map((w) => `${w.join(' ')}.`);
const line = fc.oneof(
  { weight: 4, arbitrary: syntaxy },
  { weight: 3, arbitrary: unicode },
  { weight: 2, arbitrary: anyCodePoint },
  { weight: 3, arbitrary: prose },
  { weight: 1, arbitrary: fc.constant(FURNITURE) },
  { weight: 1, arbitrary: fc.constant('') },
);
const lineBreak = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\u2028');

/** A document as raw text: lines joined by mixed line endings, sometimes a BOM. */
const documentText = (lines: fc.Arbitrary<string[]>) =>
  fc.tuple(fc.boolean(), lines, fc.infiniteStream(lineBreak)).map(([bom, ls, breaks]) => {
    const it = breaks[Symbol.iterator]();
    // Files hold UTF-8, which cannot hold a lone surrogate: generate what a file can contain.
    return `${bom ? '\uFEFF' : ''}${ls.map((l) => `${l}${it.next().value as string}`).join('')}`.toWellFormed();
  });
const title = fc
  .oneof(unicode, syntaxy, fc.constant('Hostile <b>markup</b> {title} & `x`\n---\ntitle: injected'))
  .filter((t) => t.trim() !== '');

// ---- The oracle: what the page must say, from the spec, not from the code ----

/**
 * README: line breaks of any kind end a paragraph; whitespace runs are one space (a table's column gap
 * one tab, compared here as a space: which gaps are columns is normaliseText's own test); NFC; C0 controls go.
 */
function expectedParagraphs(raw: string): string[] {
  return raw
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) =>
      l
        .normalize('NFC')
        .replace(C0_CONTROLS, '')
        .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000 ]+/g, ' ')
        .trim(),
    )
    .filter((l) => l !== '' && l !== FURNITURE);
}

/** A column gap (tab) read as the space it is on a page. */
const oneSpace = (s: string) => s.replace(/\t/g, ' ');

/** Every visible character, in order: what no stage may lose or invent. */
// Whitespace goes first, then NFC: a combining mark after a collapsed run of spaces composes
// with the letter before it only once the spaces are gone, on both sides alike.
const visibleCharacters = (s: string) => s.replace(/[\s\p{Cc}]/gu, '').normalize('NFC');

// ---- Running generated MDX as Astro would, with a runtime that only records --

interface El {
  type: string;
  props: Record<string, unknown> & { children?: unknown };
}
const jsx = (type: unknown, props: Record<string, unknown>) => ({ type, props });

async function renderBody(mdx: string): Promise<{ frontmatter: Record<string, unknown>; elements: El[] }> {
  const { frontmatter, content: body } = parseFrontmatter(mdx);
  const mod = await evaluate(body, { jsx, jsxs: jsx, Fragment: 'fragment' } as never);
  expect(Object.keys(mod)).toEqual(['default']);
  const root = (mod.default as (p: object) => El)({});
  const children = root.props.children;
  const list = (children === undefined ? [] : Array.isArray(children) ? children : [children]) as unknown[];
  // Between elements MDX emits only "\n" text nodes; anything else is source text escaping its element.
  const elements = list.filter((c): c is El => typeof c === 'object' && c !== null);
  expect(list.filter((c) => typeof c !== 'object' || c === null).every((c) => c === '\n')).toBe(true);
  return { frontmatter, elements };
}

/** The text of an element that may hold only text (and, in a passage, its link). */
function textOf(el: El): string {
  const c = el.props.children;
  if (typeof c === 'string') return c;
  expect(Array.isArray(c)).toBe(true);
  const [text, space, link] = c as [string, string, El];
  expect(space).toBe(' ');
  expect(link).toMatchObject({
    type: 'a',
    props: { class: 'passage-link', children: 'In the full document' },
  });
  return text;
}

function ingestOne(raw: string, metaTitle: string): IngestOutput | 'empty' {
  const read = readSources(
    [
      { name: 'doc.txt', bytes: new TextEncoder().encode(raw) },
      { name: 'doc.yml', bytes: new TextEncoder().encode(stringify({ title: metaTitle })) },
    ],
    'content/sources',
  );
  if (read.problems.length > 0) {
    expect(read.problems.map((p) => p.message)).toEqual(['is empty (no text after removing whitespace)']);
    return 'empty';
  }
  return ingestCorpus(read.sources, config);
}

async function checkDocument(raw: string, metaTitle: string): Promise<void> {
  delete (globalThis as Record<string, unknown>)['__pwned'];
  const out = ingestOne(raw, metaTitle);
  if (out === 'empty') {
    expect(
      expectedParagraphs(raw).length +
        raw.split(/\r\n|\r|\n|\u2028|\u2029/).filter((l) => l.trim() === FURNITURE).length,
    ).toBe(0);
    return;
  }
  const [doc] = out.documents;
  const file = (path: string) => out.files.find((f) => f.path === path)!.content;

  const source = await renderBody(file('sources/doc.mdx'));
  expect(sourcePageSchema.parse(source.frontmatter)).toMatchObject({
    title: metaTitle.trim(),
    source: 'doc',
  });
  expect(source.elements.map((e) => e.type)).toEqual(
    doc!.blocks.map((b) => (b.kind === 'heading' ? 'h2' : 'p')),
  );
  const shown = source.elements.map(textOf);
  expect(shown.map(oneSpace)).toEqual(expectedParagraphs(raw));
  // Nothing lost, nothing invented: every visible character is on the page or in the list of removed furniture.
  const inSourceOrder = [...doc!.blocks, ...doc!.dropped].sort((a, b) => a.line - b.line);
  expect(visibleCharacters(inSourceOrder.map((l) => l.text).join(''))).toBe(
    visibleCharacters(raw.replace(/^\uFEFF/, '').replace(C0_CONTROLS, '')),
  );
  expect(doc!.dropped.every((d) => d.text === FURNITURE)).toBe(true);
  for (const b of doc!.blocks) expect(b.sentences.join(' ')).toBe(b.text);

  for (const partner of doc!.partners) {
    const passages = await renderBody(file(`countries/${partner}/doc.mdx`));
    expect(passagePageSchema.parse(passages.frontmatter).partner).toBe(partner);
    expect(passages.elements.map(textOf)).toEqual(
      doc!.blocks.filter((b) => b.partners.includes(partner)).map((b) => b.text),
    );
  }
  expect((globalThis as Record<string, unknown>)['__pwned']).toBeUndefined();
}

/** The ingest alone (no MDX): cheap, so it sees the most documents. */
function checkModel(raw: string, metaTitle: string): void {
  const out = ingestOne(raw, metaTitle);
  if (out === 'empty') return;
  const [doc] = out.documents;
  expect(doc!.blocks.map((b) => oneSpace(b.text))).toEqual(expectedParagraphs(raw));
  for (const b of doc!.blocks) expect(b.sentences.join(' ')).toBe(b.text);
}

// Every run of npm test draws about 4,000 new documents (3,000 through the ingest, 1,000 also through
// MDX): about 25 s on two idle cores. PROPERTY_RUNS scales them, e.g. PROPERTY_RUNS=10000 for a deep run.
const MDX_RUNS = Number(process.env['PROPERTY_RUNS'] ?? 1000);

describe('any document survives the ingest intact and inert', () => {
  it('the ingest keeps every paragraph and sentence of every generated document', () => {
    fc.assert(fc.property(documentText(fc.array(line, { maxLength: 30 })), title, checkModel), {
      numRuns: MDX_RUNS * 3,
    });
  }, 900_000);

  it('mixed Unicode, markup and line endings: the MDX compiles, the page text is the source text minus declared boilerplate, nothing runs', async () => {
    await fc.assert(fc.asyncProperty(documentText(fc.array(line, { maxLength: 30 })), title, checkDocument), {
      numRuns: MDX_RUNS,
    });
  }, 900_000);

  it('very long lines', async () => {
    const long = fc
      .array(fc.oneof(syntaxy, unicode, prose), { minLength: 200, maxLength: 600 })
      .map((parts) => parts.join(' '));
    await fc.assert(
      fc.asyncProperty(documentText(fc.array(long, { minLength: 1, maxLength: 3 })), title, checkDocument),
      { numRuns: 5 },
    );
  }, 900_000);

  it('thousands of tiny paragraphs', async () => {
    const tiny = fc.oneof(
      fc.constantFrom('.', 'x', '{', '<p>', 'Japan', 'MoU.', '—', 'Dr.', '1.', '#', FURNITURE),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }),
    );
    await fc.assert(
      fc.asyncProperty(
        documentText(fc.array(tiny, { minLength: 1000, maxLength: 3000 })),
        title,
        checkDocument,
      ),
      { numRuns: 3 },
    );
  }, 900_000);

  it('regressions found by the generators', async () => {
    // A document that is all declared boilerplate; a passage whose text meets its link;
    // a sentence break with no space after it (the page once gained a space: ". Ɓ.").
    for (const [raw, t] of [
      [`${FURNITURE}\n`, 'T'],
      ['Japan .\n', '!'],
      ['.Ɓ.\nJapan?Yes.', 'T'],
      [`${FURNITURE}\r{\r`, '{'],
    ] as const)
      await checkDocument(raw, t);
  });
});
