/**
 * The files `npm run add` takes, by extension, and the converter for each. One table: the CLI's
 * messages, the original's name and the converter all come from it.
 */
import type { OriginalFormat } from '../schemas/source.ts';
import type { Converted } from './conversion.ts';
import { convertHtml } from './convert-html.ts';
import { convertMarkdown } from './convert-markdown.ts';
import { convertPdf } from './convert-pdf.ts';
import { convertText } from './convert-text.ts';

export interface Format {
  /** What the command's output calls it. */
  label: string;
  /** The original is kept as `<slug>.<original>`; a text file is its own original. */
  original?: OriginalFormat;
  convert: (bytes: Uint8Array, file: string) => Converted | Promise<Converted>;
}

const pdf: Format = { label: 'PDF', original: 'pdf', convert: convertPdf };
const html: Format = { label: 'web page', original: 'html', convert: convertHtml };
const markdown: Format = { label: 'Markdown', original: 'md', convert: convertMarkdown };
const text: Format = { label: 'plain text', convert: convertText };

export const formats: Readonly<Record<string, Format>> = { pdf, html, htm: html, md: markdown, txt: text };

/** Larger files are not documents an editor means to add (and would be slow to read). */
export const MAX_BYTES = 50 * 1024 * 1024;

export function formatOf(file: string): Format | undefined {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : formats[ext];
}
