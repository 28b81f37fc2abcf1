/**
 * The files `npm run add` takes, by extension, and the converter for each. One table: the CLI's
 * messages, the original's name and the converter all come from it.
 */
import type { OriginalFormat } from '../schemas/source.ts';
import type { Converted } from './conversion.ts';

export interface Format {
  /** What the command's output calls it. */
  label: string;
  /** The original is kept as `<slug>.<original>`; a text file is its own original. */
  original?: OriginalFormat;
  convert: (bytes: Uint8Array, file: string) => Promise<Converted>;
}

// Each converter is loaded when its format is asked for: adding a PDF need not load jsdom, nor a web page pdf.js.
const pdf: Format = {
  label: 'PDF',
  original: 'pdf',
  convert: async (bytes) => (await import('./convert-pdf.ts')).convertPdf(bytes),
};
const html: Format = {
  label: 'web page',
  original: 'html',
  convert: async (bytes) => (await import('./convert-html.ts')).convertHtml(bytes),
};
const markdown: Format = {
  label: 'Markdown',
  original: 'md',
  convert: async (bytes, file) => (await import('./convert-markdown.ts')).convertMarkdown(bytes, file),
};
const text: Format = {
  label: 'plain text',
  convert: async (bytes, file) => (await import('./convert-text.ts')).convertText(bytes, file),
};

export const formats: Readonly<Record<string, Format>> = { pdf, html, htm: html, md: markdown, txt: text };

/** Larger files are not documents an editor means to add (and would be slow to read). */
export const MAX_BYTES = 50 * 1024 * 1024;

export function formatOf(file: string): Format | undefined {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : formats[ext];
}
