/**
 * Web page → text. Mozilla Readability (the engine of Firefox's Reader View) finds the article; the
 * page is parsed by jsdom, which runs none of its scripts and fetches nothing. The article's blocks
 * become lines (html/text-lines.ts). Every line of the page that is not in the article (navigation,
 * cookie notices, newsletter prompts, related stories, footers) is returned as removed, found by
 * comparing the page's lines with the article's.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { diffArrays } from 'diff';
import { JSDOM } from 'jsdom';
import type { RemovedLine } from '../schemas/source.ts';
import type { Converted } from './conversion.ts';
import { htmlMetadata } from './html/metadata.ts';
import { textLines } from './html/text-lines.ts';

/**
 * Readability's test for "this page has an article", a little more lenient than Firefox's (which wants
 * paragraphs of 140 characters scoring 20): a short press release of two paragraphs passes, a page of
 * links and menus does not.
 */
const READERABLE = { minContentLength: 100, minScore: 12 };

/**
 * Page lines missing from the article, in page order. A page line that the article holds inside a
 * longer line (Readability joins some blocks) is not missing.
 */
export function linesOutside(page: readonly string[], article: readonly string[]): string[] {
  const parts = diffArrays([...page], [...article]);
  const added = parts.filter((p) => p.added).flatMap((p) => p.value);
  return parts
    .filter((p) => p.removed)
    .flatMap((p) => p.value)
    .filter((line) => !added.some((a) => a.includes(line)));
}

export function convertHtml(bytes: Uint8Array): Converted {
  // jsdom decodes the bytes as the page declares (BOM, <meta charset>), as a browser would.
  const dom = new JSDOM(Buffer.from(bytes), { contentType: 'text/html' });
  const doc = dom.window.document;
  const unread: string[] = [];
  const meta = htmlMetadata(doc, unread);
  const pageLines = doc.body ? textLines(doc.body) : [];

  const article =
    doc.body && isProbablyReaderable(doc, READERABLE)
      ? new Readability(doc.cloneNode(true) as Document, { serializer: (el) => el }).parse()
      : null;
  const articleLines = article?.content ? textLines(article.content as unknown as Node) : [];
  dom.window.close();
  if (articleLines.length === 0)
    return {
      ok: false,
      failure: {
        message:
          'has no article body: the page holds no run of paragraphs to read (a home page, a list of links, or a page its scripts fill in)',
        fix: 'save the article’s own page (File › Save Page As, “Web Page, HTML only”) after it has loaded, or copy its text into a .txt file and add that',
      },
    };

  // Readability takes the title off the top of the article; it is the document's first line.
  const heading = pageLines.find((l) => l === meta.title?.value || l === article?.title);
  const paragraphs = heading && !articleLines.includes(heading) ? [heading, ...articleLines] : articleLines;
  const removed: RemovedLine[] = linesOutside(pageLines, paragraphs).map((text) => ({
    rule: 'web-page-chrome',
    text,
  }));
  return {
    ok: true,
    conversion: {
      paragraphs,
      meta,
      ...(heading ? { printedTitle: heading } : {}),
      removed,
      unread,
    },
  };
}
