/**
 * The slug of an added document: the one asked for, or the file's name as lowercase words; never one
 * a source already has, and when it is taken, the first free one to suggest.
 */
import { basename } from 'node:path';
import { slugSchema } from '../schemas/source.ts';
import { slugifyWords } from '../ingest/segment.ts';

/** Long enough for a meaningful name, short enough for an address. */
const SLUG_WORDS = 8;

export function slugFromFileName(file: string): string {
  return slugifyWords(basename(file).replace(/\.[^.]+$/, ''), SLUG_WORDS);
}

export const isValidSlug = (slug: string) => slugSchema.safeParse(slug).success;

/** Whether any file in the sources folder already belongs to this slug (`<slug>.txt`, `.yml`, an original). */
export function isTaken(slug: string, existing: readonly string[]): boolean {
  return existing.some(
    (name) => name.slice(0, name.indexOf('.') < 0 ? undefined : name.indexOf('.')) === slug,
  );
}

export function freeSlug(slug: string, existing: readonly string[]): string {
  let n = 2;
  while (isTaken(`${slug}-${n}`, existing)) n++;
  return `${slug}-${n}`;
}
