/**
 * `npm run add` without the disk: a file's name and bytes, the names already in the sources folder and
 * today's date in; the files to write (text, metadata, original) and what to tell the editor out, or
 * one problem that says what to do. Nothing here reads the clock or the file system.
 */
import { stringify } from 'yaml';
import type { IngestProblem } from '../ingest/errors.ts';
import { readSources } from '../ingest/read-sources.ts';
import { sourceKinds, sourceMetaSchema, type SourceMeta } from '../schemas/source.ts';
import type { Conversion } from './conversion.ts';
import { formatOf, formats, MAX_BYTES } from './formats.ts';
import type { FoundMeta } from './metadata.ts';
import { toSourceMeta } from './metadata.ts';
import { freeSlug, isTaken, isValidSlug, slugFromFileName } from './slug.ts';

export interface AddRequest {
  /** The file as the editor named it, for messages. */
  file: string;
  /** Its size, checked before its bytes are read. */
  size: number;
  /** The slug asked for with `--slug`. */
  slug?: string;
  /** File names already in the sources folder. */
  existing: readonly string[];
  /** The sources folder, for messages and the files to write. */
  sourcesDir: string;
}

export interface PlannedFile {
  /** Name inside the sources folder. */
  name: string;
  content: string | Uint8Array;
}

export interface AddPlan {
  slug: string;
  format: string;
  files: PlannedFile[];
  meta: SourceMeta;
  conversion: Conversion;
  /** One line per metadata field: where its value came from, or what to add by hand. */
  notes: string[];
}

export type Checked = { ok: true; slug: string } | { ok: false; problem: IngestProblem };
export type Planned = { ok: true; plan: AddPlan } | { ok: false; problem: IngestProblem };

const accepted = Object.keys(formats)
  .map((e) => `.${e}`)
  .join(', ');

/** What can be said before reading the file: its format, its size, and its slug. */
export function checkRequest(req: AddRequest): Checked {
  const problem = (message: string, fix: string): Checked => ({
    ok: false,
    problem: { file: req.file, message, fix },
  });
  if (!formatOf(req.file))
    return problem(
      'is not a format `npm run add` reads',
      `give a ${accepted} file; save other formats (Word, ODT…) as PDF first`,
    );
  if (req.size > MAX_BYTES)
    return problem(
      `is ${(req.size / 1024 / 1024).toFixed(1)} MB, over the 50 MB limit`,
      'add a smaller file: the PDF without its images (e.g. print it to PDF as text), or the chapter that concerns the site',
    );
  if (req.size === 0)
    return problem('is empty (0 bytes)', 'check that the file was saved or downloaded completely');
  const slug = req.slug ?? slugFromFileName(req.file);
  if (!isValidSlug(slug))
    return problem(
      req.slug === undefined
        ? `has a name that gives no usable slug ("${slug}")`
        : `cannot be added as "${slug}": a slug is lowercase letters and digits joined by single hyphens`,
      'give one with --slug, e.g. --slug india-japan-space-2024',
    );
  if (isTaken(slug, req.existing))
    return problem(
      `would be added as "${slug}", which ${req.sourcesDir} already has`,
      `choose another slug, e.g. --slug ${freeSlug(slug, req.existing)} (or delete the old ${slug}.* files to replace it)`,
    );
  return { ok: true, slug };
}

const fieldNotes: Record<Exclude<keyof FoundMeta, 'title'>, string> = {
  publisher: 'no publisher found: add `publisher:` if you know it',
  authors: 'no author found: add `authors: [First Author]` if you know them',
  published: 'no publication date found: add `published:` (YYYY, YYYY-MM or YYYY-MM-DD) if you know it',
  url: 'no address found: add `url:` if the document is online',
};

/** The .yml text: a header that says where it came from, then only what the document states. */
function metadataFile(meta: SourceMeta, file: string): string {
  const header = [
    `# Metadata as the document states it, written by \`npm run add\` from ${file.split(/[/\\]/).pop()}.`,
    '# Fields it could not find are left out; add them only if you know them.',
    ...(meta.removed
      ? ['# removed: lines the conversion left out as page furniture (move one into the .txt to restore it).']
      : []),
  ];
  const yaml = stringify(meta, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return `${header.join('\n')}\n${yaml}`;
}

export async function planAdd(
  req: AddRequest,
  bytes: Uint8Array,
  slug: string,
  today: string,
): Promise<Planned> {
  const format = formatOf(req.file)!;
  const converted = await format.convert(bytes, req.file);
  if (!converted.ok) return { ok: false, problem: { file: req.file, ...converted.failure } };
  const { conversion } = converted;

  const notes: string[] = [];
  const title = conversion.meta.title?.value ?? conversion.printedTitle ?? slug.replace(/-/g, ' ');
  notes.push(
    `title: “${title}” ${
      conversion.meta.title
        ? `(from ${conversion.meta.title.from})`
        : conversion.printedTitle
          ? `(the document declares none: taken from its ${format.original === 'pdf' ? 'largest type on the first page' : 'first heading or line'}; check it)`
          : '(no title found: the slug stands in for it; write the real one)'
    }`,
  );
  for (const key of ['authors', 'published', 'publisher', 'url'] as const) {
    const found = conversion.meta[key];
    notes.push(
      found
        ? `${key}: ${Array.isArray(found.value) ? found.value.join(', ') : found.value} (from ${found.from})`
        : fieldNotes[key],
    );
  }
  notes.push(`no kind: add \`kind:\` (${sourceKinds.join(', ')}) to say what the document is`);
  notes.push(`added: ${today} (today)`);

  const meta: SourceMeta = {
    ...toSourceMeta(conversion.meta, title),
    added: today,
    ...(conversion.removed.length > 0 ? { removed: conversion.removed } : {}),
  };
  const checked = sourceMetaSchema.safeParse(meta);
  if (!checked.success)
    return {
      ok: false,
      problem: {
        file: req.file,
        message: `states metadata that cannot be written (${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`,
        fix: 'add the document with the two-files route (README: Adding a document) and write its .yml by hand',
      },
    };

  const text = `${conversion.paragraphs.join('\n\n')}\n`;
  const files: PlannedFile[] = [
    { name: `${slug}.txt`, content: text },
    { name: `${slug}.yml`, content: metadataFile(meta, req.file) },
    ...(format.original ? [{ name: `${slug}.${format.original}`, content: bytes }] : []),
  ];
  // The files must be ones the ingest accepts; its own reader says so.
  const read = readSources(
    files.map((f) => ({
      name: f.name,
      bytes: typeof f.content === 'string' ? Buffer.from(f.content) : f.content,
    })),
    req.sourcesDir,
  );
  if (read.problems.length > 0) {
    const p = read.problems[0]!;
    return {
      ok: false,
      problem: {
        file: req.file,
        message: /is empty/.test(p.message)
          ? 'gives no text'
          : `gives a source the ingest rejects (${p.message})`,
        fix:
          format.original === 'pdf'
            ? 'if its pages are images, run OCR first, e.g. `ocrmypdf in.pdf out.pdf`, then add out.pdf'
            : 'check that the file holds the document’s text',
      },
    };
  }
  return { ok: true, plan: { slug, format: format.label, files, meta, conversion, notes } };
}
