/**
 * PDF → text. Reads the runs of each page (pdf/read-pdf.ts), rebuilds lines in reading order
 * (pdf/lines.ts), removes running headers, footers and page numbers (pdf/furniture.ts), sets footnotes
 * aside (pdf/footnotes.ts) and rebuilds paragraphs (pdf/paragraphs.ts). Every removed line is returned
 * with its rule and page; pages and characters that give no text are reported.
 */
import type { RemovedLine } from '../schemas/source.ts';
import type { Converted } from './conversion.ts';
import { splitFootnotes } from './pdf/footnotes.ts';
import { findFurniture } from './pdf/furniture.ts';
import { documentGutters, pageLines, rotatedText, type PdfLine } from './pdf/lines.ts';
import { pdfMetadata } from './pdf/metadata.ts';
import { toParagraphs } from './pdf/paragraphs.ts';
import { spellingOf } from './pdf/words.ts';
import { readPdf } from './pdf/read-pdf.ts';

/** Characters a PDF draws without saying which letter they are: no Unicode mapping, or private use. */
// eslint-disable-next-line no-control-regex -- pdf.js gives U+0000 for a glyph it cannot map to a character.
const UNMAPPED = /[\u0000\uFFFD\uE000-\uF8FF]/gu;

/** The size of most of the text (by characters), to tell headings and footnotes from the body. */
function bodySize(lines: readonly PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const l of lines)
    chars.set(Math.round(l.size * 2) / 2, (chars.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  return [...chars].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 10;
}

const pageList = (pages: readonly number[]) =>
  pages.length === 1 ? `page ${pages[0]}` : `pages ${pages.slice(0, -1).join(', ')} and ${pages.at(-1)}`;

export async function convertPdf(bytes: Uint8Array): Promise<Converted> {
  const read = await readPdf(bytes);
  if (!read.ok)
    return {
      ok: false,
      failure:
        read.reason === 'encrypted'
          ? {
              message: 'is encrypted: it opens only with a password',
              fix: 'open it with its password and save an unprotected copy (e.g. qpdf --decrypt --password=… in.pdf out.pdf), then add that',
            }
          : {
              message: `is not a readable PDF (${read.detail})`,
              fix: 'check that the file is a complete PDF: open it in a PDF reader, or download it again',
            },
    };
  const { pages } = read.pdf;
  const gutters = documentGutters(pages);
  const linesByPage = pages.map((page, i) => pageLines(page, gutters[i]!));
  const allLines = linesByPage.flat();
  if (allLines.length === 0)
    return {
      ok: false,
      failure: {
        message: `has no text layer (${pages.length === 1 ? 'its page is' : `all ${pages.length} pages are`} images, as in a scanned document)`,
        fix: 'run OCR first, e.g. `ocrmypdf in.pdf out.pdf`, then add out.pdf',
      },
    };

  const removed: RemovedLine[] = [];
  for (const page of pages)
    for (const text of rotatedText(page)) removed.push({ rule: 'pdf-rotated-text', text, page: page.number });
  const furniture = findFurniture(linesByPage);
  const furnitureLines = new Set(furniture.map((f) => f.line));
  for (const f of furniture) removed.push({ rule: f.rule, text: f.line.text, page: f.line.page });
  removed.sort((a, b) => a.page! - b.page!);

  const size = bodySize(allLines);
  const flows = linesByPage.map((lines) =>
    splitFootnotes(
      lines.filter((l) => !furnitureLines.has(l)),
      size,
    ),
  );
  const paragraphs = toParagraphs(flows, size, spellingOf(allLines)).map((p) => p.replace(UNMAPPED, ''));

  const unread: string[] = [];
  const empty = pages.filter((_, i) => linesByPage[i]!.length === 0).map((p) => p.number);
  if (empty.length > 0)
    unread.push(
      `${pageList(empty)} ${empty.length === 1 ? 'has' : 'have'} no text (an image or a scan: run OCR on the PDF to read ${empty.length === 1 ? 'it' : 'them'})`,
    );
  const unmapped = linesByPage
    .map((lines, i) => ({
      page: pages[i]!.number,
      count: lines.reduce((n, l) => n + (l.text.match(UNMAPPED)?.length ?? 0), 0),
    }))
    .filter((p) => p.count > 0);
  if (unmapped.length > 0)
    unread.push(
      `${unmapped.reduce((n, p) => n + p.count, 0)} character(s) on ${pageList(unmapped.map((p) => p.page))} have no Unicode meaning in the PDF (a symbol font, or a font without a ToUnicode map) and were left out`,
    );

  // The title as printed: the first lines in the largest type on the first page that has text.
  const firstPage = (linesByPage.find((lines) => lines.some((l) => !furnitureLines.has(l))) ?? []).filter(
    (l) => !furnitureLines.has(l),
  );
  const largest = Math.max(...firstPage.map((l) => l.size));
  const start = firstPage.findIndex((l) => l.size === largest);
  const end = firstPage.findIndex((l, i) => i > start && l.size !== largest);
  const printedTitle = firstPage
    .slice(start, end < 0 ? undefined : end)
    .map((l) => l.text)
    .join(' ');
  return {
    ok: true,
    conversion: {
      paragraphs,
      meta: pdfMetadata(read.pdf),
      ...(largest > size && printedTitle ? { printedTitle } : {}),
      removed,
      unread,
    },
  };
}
