/**
 * What a document states about itself, each field with where it was found, so `npm run add` can say
 * where every value of the `.yml` came from and which fields it had to leave out.
 */
import { isoDateSchema, type SourceMeta } from '../schemas/source.ts';

export interface Found<T> {
  value: T;
  /** Where the document states it, for the command's output: "the PDF's XMP dc:title". */
  from: string;
}

export interface FoundMeta {
  title?: Found<string>;
  authors?: Found<string[]>;
  published?: Found<string>;
  publisher?: Found<string>;
  url?: Found<string>;
}

/** Whitespace folded; nothing when nothing is left. */
export function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/**
 * The date a value states, as YYYY, YYYY-MM or YYYY-MM-DD, read as written (no time zone shifts it):
 * ISO 8601 (`2023-05-11T10:00:00+05:30`), PDF dates (`D:20250401103000+05'30'`), or a bare year.
 */
export function isoDate(value: unknown): string | undefined {
  const text = clean(value);
  if (!text) return undefined;
  const pdf = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(text);
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])/.exec(text);
  const m = pdf ?? iso;
  if (!m) return undefined;
  const date = [m[1], m[2], m[3]].filter(Boolean).join('-');
  return isoDateSchema.safeParse(date).success ? date : undefined;
}

/** An http(s) address, or nothing. */
export function httpUrl(value: unknown): string | undefined {
  const text = clean(value);
  return text && /^https?:\/\/[^\s]+$/.test(text) ? text : undefined;
}

/** The first candidate that has a value. */
export function first<T>(...candidates: (Found<T> | undefined)[]): Found<T> | undefined {
  return candidates.find((c) => c !== undefined);
}

export function found<T>(value: T | undefined, from: string): Found<T> | undefined {
  return value === undefined || (Array.isArray(value) && value.length === 0) ? undefined : { value, from };
}

/** Names, each once, in order; no empty ones. */
export function names(values: readonly unknown[]): string[] {
  return [...new Set(values.map(clean).filter((v): v is string => v !== undefined))];
}

/** The found values as source metadata fields (title is required, so the caller supplies a fallback). */
export function toSourceMeta(meta: FoundMeta, title: string): Omit<SourceMeta, 'added' | 'removed'> {
  return {
    title,
    ...(meta.publisher ? { publisher: meta.publisher.value } : {}),
    ...(meta.authors ? { authors: meta.authors.value } : {}),
    ...(meta.published ? { published: meta.published.value } : {}),
    ...(meta.url ? { url: meta.url.value } : {}),
  };
}
