/**
 * Markdown → text: the markup reduced to the text it marks. Headings, paragraphs, list items, table
 * rows (cells separated by " | ") and code lines each become a line; emphasis, links and inline code
 * keep their text; an image's description is removed and reported; YAML front matter gives metadata.
 */
import type { Nodes, Parent, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { JSDOM } from 'jsdom';
import { decodeUtf8 } from '../ingest/normalise.ts';
import { textLines } from './html/text-lines.ts';
import type { RemovedLine } from '../schemas/source.ts';
import type { Converted } from './conversion.ts';
import { clean, first, found, httpUrl, isoDate, names, type FoundMeta } from './metadata.ts';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const noteMark = (label: string) =>
  /^\d+$/.test(label) ? label.replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]!) : `[${label}]`;

/** Raw HTML inside Markdown, reduced to its text by the HTML parser (scripts and styles give none). */
const htmlText = (html: string): string => textLines(JSDOM.fragment(html)).join('\n');

function frontMatterMeta(yaml: string, unread: string[]): FoundMeta {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = parseYaml(yaml);
    if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
  } catch {
    unread.push('the front matter is not valid YAML, so its metadata was not read');
  }
  const meta: FoundMeta = {};
  const title = found(clean(data['title']), 'the front matter’s title');
  if (title) meta.title = title;
  const authors = found(names([data['authors'] ?? data['author']].flat()), 'the front matter’s author');
  if (authors) meta.authors = authors;
  const date = data['published'] ?? data['date'];
  const published = found(
    isoDate(date instanceof Date ? date.toISOString() : date),
    'the front matter’s date',
  );
  if (published) meta.published = published;
  const publisher = found(clean(data['publisher']), 'the front matter’s publisher');
  if (publisher) meta.publisher = publisher;
  const url = first(
    found(httpUrl(data['url']), 'the front matter’s url'),
    found(httpUrl(data['canonical_url']), 'the front matter’s canonical_url'),
  );
  if (url) meta.url = url;
  return meta;
}

export function convertMarkdown(bytes: Uint8Array, file: string): Converted {
  const decoded = decodeUtf8(bytes, file);
  if (!decoded.ok)
    return { ok: false, failure: { message: decoded.problem.message, fix: decoded.problem.fix } };
  const tree = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml'])
    .parse(decoded.text) as Root;
  const paragraphs: string[] = [];
  const removed: RemovedLine[] = [];
  const unread: string[] = [];
  let meta: FoundMeta = {};
  let printedTitle: string | undefined;

  const inline = (node: Nodes): string => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return node.value;
      case 'html':
        return htmlText(node.value);
      case 'break':
        return ' ';
      case 'image':
      case 'imageReference':
        if (node.alt?.trim()) removed.push({ rule: 'markdown-image', text: node.alt.trim() });
        return '';
      case 'footnoteReference':
        return noteMark(node.label ?? node.identifier);
      default:
        return 'children' in node ? (node as Parent).children.map((c) => inline(c as Nodes)).join('') : '';
    }
  };
  const line = (text: string) => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t !== '') paragraphs.push(t);
  };
  const block = (node: Nodes): void => {
    switch (node.type) {
      case 'yaml':
        meta = frontMatterMeta(node.value, unread);
        return;
      case 'heading':
        if (node.depth === 1) printedTitle ??= inline(node).replace(/\s+/g, ' ').trim();
        return line(inline(node));
      case 'paragraph':
        return line(inline(node));
      case 'code':
        return node.value.split('\n').forEach(line);
      case 'html':
        return htmlText(node.value).split('\n').forEach(line);
      case 'table':
        for (const row of node.children) line(row.children.map((cell) => inline(cell).trim()).join(' | '));
        return;
      case 'footnoteDefinition': {
        const [firstChild, ...rest] = node.children;
        line(`${noteMark(node.label ?? node.identifier)} ${firstChild ? inline(firstChild) : ''}`);
        return rest.forEach((c) => block(c));
      }
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) for (const c of (node as Parent).children) block(c as Nodes);
    }
  };
  block(tree);
  return {
    ok: true,
    conversion: { paragraphs, meta, ...(printedTitle ? { printedTitle } : {}), removed, unread },
  };
}
