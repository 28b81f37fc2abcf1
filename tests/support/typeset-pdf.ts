/**
 * A small typesetter for fixture PDFs (pdfkit, DejaVu fonts from npm): justified paragraphs in one or
 * two columns, running headers, page numbers, footnotes at the foot of the page, raised footnote
 * markers, hyphenation at soft hyphens and after hard ones, and a forced page break ("\f") inside a
 * paragraph. Tests lay out text whose every sentence they know, and check what comes back.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

export interface Block {
  kind: 'title' | 'heading' | 'paragraph' | 'item' | 'note';
  /** Superscript digits (⁴) are drawn as raised small digits; U+00AD marks where a word may break; "\f" breaks the page. */
  text: string;
}

export interface Layout {
  columns?: 1 | 2;
  /** Drawn at the top of every page. */
  header?: string;
  /** Drawn at the foot of every page. */
  footer?: (page: number, pages: number) => string;
  /** First-line indents; otherwise space between paragraphs. */
  indent?: boolean;
  /** Break lines after the hyphen of a compound ("co-|operation") as well as at spaces and soft hyphens. */
  breakAfterHyphens?: boolean;
  fontSize?: number;
  /** Page height in points (A4 by default); shorter pages make more page breaks. */
  pageHeight?: number;
  info?: PDFKit.DocumentInfo;
  /** Extra XMP, inside the packet pdfkit writes (PDF 1.4 and later write one). */
  xmp?: string;
  userPassword?: string;
}

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const emojiFont = join(
  dirname(require.resolve('@fontsource/noto-emoji/package.json')),
  'files/noto-emoji-emoji-400-normal.woff',
);

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const EMOJI = /\p{Extended_Pictographic}/u;

interface Segment {
  text: string;
  font: 'body' | 'bold' | 'emoji';
  size: number;
  rise: number;
}
interface Word {
  segments: Segment[];
  width: number;
  /** Break here with a hyphen drawn (a soft hyphen) or after the word's own hyphen, with no space after. */
  joinNext: 'space' | 'soft' | 'hard';
}
interface Placed {
  x: number;
  baseline: number;
  segments: Segment[];
}
interface Page {
  words: Placed[];
  /** Footnotes at the foot of each column. */
  notes: Word[][][][];
  noteHeight: number[];
}

export async function typesetPdf(blocks: readonly Block[], layout: Layout = {}): Promise<Uint8Array> {
  const size = layout.fontSize ?? 10;
  const leading = size * 1.3;
  const [pageWidth, pageHeight] = [595.28, layout.pageHeight ?? 841.89];
  const margin = { top: 72, bottom: 72, side: 60 };
  const columns = layout.columns ?? 1;
  const gutter = 24;
  const columnWidth = (pageWidth - 2 * margin.side - (columns - 1) * gutter) / columns;
  const noteSize = size * 0.8;
  const noteLeading = noteSize * 1.3;

  const doc = new PDFDocument({
    size: [pageWidth, pageHeight],
    margin: 0,
    autoFirstPage: false,
    pdfVersion: '1.7',
    info: { CreationDate: new Date('2025-01-01T00:00:00Z'), ...layout.info },
    ...(layout.userPassword ? { userPassword: layout.userPassword, ownerPassword: 'owner' } : {}),
  });
  doc.registerFont('body', join(fontDir, 'DejaVuSerif.ttf'));
  doc.registerFont('bold', join(fontDir, 'DejaVuSerif-Bold.ttf'));
  doc.registerFont('emoji', emojiFont);
  if (layout.xmp) doc.appendXML(layout.xmp);

  const measure = (s: Segment) => doc.font(s.font).fontSize(s.size).widthOfString(s.text);
  const segmentsOf = (text: string, font: 'body' | 'bold', fontSize: number): Segment[] => {
    const out: Segment[] = [];
    for (const ch of text) {
      const sup = SUPERSCRIPTS.indexOf(ch);
      const seg: Segment =
        sup >= 0
          ? { text: String(sup), font, size: fontSize * 0.6, rise: fontSize * 0.38 }
          : { text: ch, font: EMOJI.test(ch) ? 'emoji' : font, size: fontSize, rise: 0 };
      const last = out.at(-1);
      if (last && last.font === seg.font && last.size === seg.size && last.rise === seg.rise)
        last.text += seg.text;
      else out.push(seg);
    }
    return out;
  };
  /** Words of a text, split further at soft hyphens and (if asked) after hard hyphens. */
  const wordsOf = (text: string, font: 'body' | 'bold', fontSize: number): (Word | 'pagebreak')[] => {
    const out: (Word | 'pagebreak')[] = [];
    for (const token of text.split(/( |\f)/)) {
      if (token === ' ' || token === '') continue;
      if (token === '\f') {
        out.push('pagebreak');
        continue;
      }
      // An address wider than the column breaks after its separators, as LaTeX's url package does.
      const tooWide = segmentsOf(token, font, fontSize).reduce((w, seg) => w + measure(seg), 0) > columnWidth;
      const pieces = token.split(
        tooWide
          ? /(?<=[/_.-])/u
          : layout.breakAfterHyphens
            ? /(?<=\u00AD|-(?=\p{L}|\p{N}))/u
            : /(?<=\u00AD)/u,
      );
      pieces.forEach((piece, i) => {
        const soft = piece.endsWith('\u00AD');
        const segments = segmentsOf(soft ? piece.slice(0, -1) : piece, font, fontSize);
        out.push({
          segments,
          width: segments.reduce((w, s) => w + measure(s), 0),
          joinNext: i === pieces.length - 1 ? 'space' : soft ? 'soft' : 'hard',
        });
      });
    }
    return out;
  };

  const pages: Page[] = [];
  let page!: Page;
  let column = 0;
  let y = 0;
  /** Where columns start on the current page: below a title that spans them. */
  let columnTop = margin.top;
  const newPage = () => {
    page = {
      words: [],
      notes: Array.from({ length: columns }, () => []),
      noteHeight: new Array(columns).fill(0),
    };
    pages.push(page);
    column = 0;
    y = margin.top;
    columnTop = margin.top;
  };
  const nextColumn = () => {
    if (column + 1 < columns) {
      column++;
      y = columnTop;
    } else newPage();
  };
  const limit = () =>
    pageHeight - margin.bottom - page.noteHeight[column]! - (page.noteHeight[column]! > 0 ? 8 : 0);
  newPage();

  /** Breaks words into lines of at most `width` (the first line `firstWidth`); a soft break draws a hyphen. */
  const breakLines = (words: readonly (Word | 'pagebreak')[], width: number, firstWidth: number) => {
    const lines: { words: Word[]; forced: boolean }[] = [];
    let line: Word[] = [];
    let used = 0;
    const spaceWidth = doc.font('body').fontSize(size).widthOfString(' ');
    for (const w of words) {
      if (w === 'pagebreak') {
        lines.push({ words: line, forced: true });
        line = [];
        used = 0;
        continue;
      }
      const max = lines.length === 0 ? firstWidth : width;
      const gap = line.length === 0 || line.at(-1)!.joinNext !== 'space' ? 0 : spaceWidth;
      const hyphen = w.joinNext === 'soft' ? doc.widthOfString('-') : 0;
      if (line.length > 0 && used + gap + w.width + hyphen > max) {
        lines.push({ words: line, forced: false });
        line = [];
        used = 0;
      }
      used += (line.length === 0 ? 0 : gap) + w.width;
      line.push(w);
    }
    if (line.length > 0) lines.push({ words: line, forced: false });
    return lines;
  };

  const place = (
    lines: { words: Word[]; forced: boolean }[],
    opts: { lineHeight: number; indent: number; hanging: number; justify: boolean; center?: boolean },
  ) => {
    lines.forEach((line, i) => {
      if (y + opts.lineHeight > limit()) nextColumn();
      const left = opts.center
        ? margin.side
        : margin.side + column * (columnWidth + gutter) + (i === 0 ? opts.indent : opts.hanging);
      const width = opts.center
        ? pageWidth - 2 * margin.side
        : margin.side + column * (columnWidth + gutter) + columnWidth - left;
      // A line broken inside a word ends with a hyphen (soft) or the word's own hyphen (hard).
      const words = line.words.map((w, k) =>
        k === line.words.length - 1 && w.joinNext === 'soft' && i < lines.length - 1
          ? { ...w, segments: [...w.segments, { ...w.segments.at(-1)!, text: '-' }] }
          : w,
      );
      const spaceWidth = doc.font('body').fontSize(size).widthOfString(' ');
      const gaps = words.slice(0, -1).filter((w) => w.joinNext === 'space').length;
      const natural = words.reduce(
        (s, w, k) => s + measure2(w) + (k > 0 && words[k - 1]!.joinNext === 'space' ? spaceWidth : 0),
        0,
      );
      const stretch =
        opts.justify && (i < lines.length - 1 || line.forced) && gaps > 0 ? (width - natural) / gaps : 0;
      let x = opts.center ? left + (width - natural) / 2 : left;
      const baseline = y + opts.lineHeight * 0.8;
      words.forEach((w, k) => {
        if (k > 0 && words[k - 1]!.joinNext === 'space') x += spaceWidth + stretch;
        page.words.push({ x, baseline, segments: w.segments });
        x += measure2(w);
      });
      y += opts.lineHeight;
      if (line.forced) newPage();
    });
  };
  const measure2 = (w: Word) => w.segments.reduce((s, seg) => s + measure(seg), 0);

  for (const block of blocks) {
    if (block.kind === 'note') {
      const words = wordsOf(block.text, 'body', noteSize).filter((w): w is Word => w !== 'pagebreak');
      const lines = breakLines(words, columnWidth, columnWidth).map((l) => l.words);
      page.notes[column]!.push(lines);
      page.noteHeight[column]! += lines.length * noteLeading;
      continue;
    }
    if (block.kind === 'title') {
      const lines = breakLines(
        wordsOf(block.text, 'bold', size * 2),
        pageWidth - 2 * margin.side,
        pageWidth - 2 * margin.side,
      );
      place(lines, { lineHeight: size * 2.4, indent: 0, hanging: 0, justify: false, center: true });
      y += size;
      columnTop = y;
      continue;
    }
    if (block.kind === 'heading') {
      // Keep a heading with the lines that follow it.
      if (y + 4 * leading > limit()) nextColumn();
      y += size * 0.8;
      const lines = breakLines(wordsOf(block.text, 'bold', size * 1.4), columnWidth, columnWidth);
      place(lines, { lineHeight: size * 1.4 * 1.3, indent: 0, hanging: 0, justify: false });
      y += size * 0.3;
      continue;
    }
    const item = block.kind === 'item';
    const text = item ? `• ${block.text}` : block.text;
    const indent = layout.indent && !item ? size * 1.8 : 0;
    const lines = breakLines(
      wordsOf(text, 'body', size),
      columnWidth - (item ? 12 : 0),
      columnWidth - indent,
    );
    if (!layout.indent || item) y += size * 0.5;
    place(lines, { lineHeight: leading, indent, hanging: item ? 12 : 0, justify: true });
  }

  for (const [i, p] of pages.entries()) {
    doc.addPage();
    const draw = (segments: readonly Segment[], x: number, baseline: number) => {
      for (const s of segments) {
        doc
          .font(s.font)
          .fontSize(s.size)
          .text(s.text, x, baseline - s.rise, { lineBreak: false, baseline: 'alphabetic' });
        x += measure(s);
      }
    };
    for (const w of p.words) draw(w.segments, w.x, w.baseline);
    for (const [c, notes] of p.notes.entries()) {
      const left = margin.side + c * (columnWidth + gutter);
      let noteY = pageHeight - margin.bottom - p.noteHeight[c]!;
      if (notes.length > 0)
        doc
          .moveTo(left, noteY - 4)
          .lineTo(left + 100, noteY - 4)
          .lineWidth(0.5)
          .stroke();
      const spaceWidth = doc.font('body').fontSize(noteSize).widthOfString(' ');
      for (const note of notes)
        for (const line of note) {
          let x = left;
          for (const w of line) {
            draw(w.segments, x, noteY + noteLeading * 0.8);
            x += measure2(w) + (w.joinNext === 'space' ? spaceWidth : 0);
          }
          noteY += noteLeading;
        }
    }
    if (layout.header) draw(segmentsOf(layout.header, 'body', size * 0.8), margin.side, 40);
    if (layout.footer) {
      const text = layout.footer(i + 1, pages.length);
      const segments = segmentsOf(text, 'body', size * 0.8);
      draw(segments, (pageWidth - segments.reduce((s, seg) => s + measure(seg), 0)) / 2, pageHeight - 36);
    }
  }
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A document's text (one paragraph per line, blank lines between) as blocks: lines opening with a superscript digit are footnotes, short lines without a full stop are headings. */
export function blocksOf(text: string): Block[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => ({
      kind: /^[⁰¹²³⁴-⁹]/u.test(line)
        ? 'note'
        : /^[•●]\s/u.test(line)
          ? 'item'
          : line.length < 80 && !/[.!?:]$/.test(line)
            ? 'heading'
            : 'paragraph',
      text: line.replace(/^[•●]\s/u, ''),
    }));
}
