/**
 * PDF bytes → positioned text runs per page, the info dictionary and the XMP metadata, through Mozilla's
 * pdf.js. Everything after this stage is pure geometry on plain objects, tested without a PDF.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

/** One run of text as the PDF draws it, in points from the page's top-left corner. */
export interface TextRun {
  text: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  width: number;
  /** Font size: the height of the text's em square on the page. */
  size: number;
  /** Drawn at an angle (not left to right along the page): margin stamps, watermarks, rotated tables. */
  rotated: boolean;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
}

export interface PdfContent {
  pages: PdfPage[];
  /** The document information dictionary (Title, Author, CreationDate …), as pdf.js decodes it. */
  info: Record<string, unknown>;
  /** XMP metadata by lower-cased property name (`dc:title`, `dc:creator` …); lists stay lists. */
  xmp: ReadonlyMap<string, string | string[]>;
}

export type PdfRead =
  { ok: true; pdf: PdfContent } | { ok: false; reason: 'encrypted' | 'unreadable'; detail: string };

// pdf.js reads the widths of the standard fonts and the CMaps of CJK fonts from its own package.
const pdfjsRoot = join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs')),
  '../..',
);
const assets = (folder: string) => pathToFileURL(join(pdfjsRoot, folder)).href + '/';

export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const task = getDocument({
    // pdf.js takes ownership of (and detaches) the buffer it is given, and wants no Buffer: a plain copy.
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: VerbosityLevel.ERRORS,
    standardFontDataUrl: assets('standard_fonts'),
    cMapUrl: assets('cmaps'),
    cMapPacked: true,
  });
  try {
    const doc = await task.promise;
    const { info, metadata } = await doc.getMetadata();
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, e, f] = (item as TextItem).transform as number[];
        runs.push({
          text: item.str,
          x: e! - x0,
          y: y1 - f!,
          width: item.width,
          size: Math.hypot(c!, d!),
          rotated: Math.abs(b!) > 1e-3 || Math.abs(c!) > 1e-3 || a! < 0,
        });
      }
      pages.push({ number: n, width: x1 - x0, height: y1 - y0, runs });
      page.cleanup();
    }
    const xmp = new Map<string, string | string[]>();
    if (metadata)
      for (const [key, value] of metadata as Iterable<[string, string | string[]]>) xmp.set(key, value);
    return { ok: true, pdf: { pages, info: info as Record<string, unknown>, xmp } };
  } catch (error) {
    const name = (error as { name?: string }).name;
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: name === 'PasswordException' ? 'encrypted' : 'unreadable', detail };
  } finally {
    await task.destroy();
  }
}
