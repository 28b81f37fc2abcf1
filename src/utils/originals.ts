/**
 * An original kept beside its source (`content/sources/<slug>.pdf` …) as the site publishes it: its
 * address beside the source page, how its link names it, and its size as a reader reads it.
 */
import type { OriginalFormat } from '../schemas/source.ts';

export interface OriginalFile {
  /** Its name in the sources folder, `<slug>.<format>`. */
  file: string;
  format: OriginalFormat;
  bytes: number;
}

/**
 * The published file name. A saved web page is published as plain text (`.html.txt`): served as HTML from
 * this site, its scripts and markup would run with the site's own rights. Source text is data, never code.
 */
export function publishedName(original: OriginalFile): string {
  return original.format === 'html' ? `${original.file}.txt` : original.file;
}

export function originalHref(slug: string, original: OriginalFile): string {
  return `/sources/${slug}/${publishedName(original)}`;
}

/** What the link calls each format, and the Content-Type the dev server sends it with. */
export const originalFormatInfo: Record<OriginalFormat, { label: string; contentType: string }> = {
  pdf: { label: 'PDF', contentType: 'application/pdf' },
  html: { label: 'saved web page (HTML source, as plain text)', contentType: 'text/plain; charset=utf-8' },
  md: { label: 'Markdown', contentType: 'text/markdown; charset=utf-8' },
};

const UNITS = ['byte', 'kilobyte', 'megabyte'] as const;

/** A size in decimal units, as file managers show it: "830 bytes", "48 KB", "1.2 MB". */
export function formatBytes(bytes: number): string {
  const power = Math.min(UNITS.length - 1, bytes < 1000 ? 0 : Math.floor(Math.log10(bytes) / 3));
  const value = bytes / 1000 ** power;
  return new Intl.NumberFormat('en', {
    style: 'unit',
    unit: UNITS[power],
    unitDisplay: power === 0 ? 'long' : 'short',
    maximumFractionDigits: value < 10 && power > 0 ? 1 : 0,
  }).format(value);
}
