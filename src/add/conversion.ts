/**
 * What every converter returns: the document's text as paragraphs, what it states about itself, the
 * lines it removed and why, and what it could not read. Errors are values (see src/ingest/errors.ts).
 */
import type { RemovedLine } from '../schemas/source.ts';
import type { FoundMeta } from './metadata.ts';

export interface Conversion {
  /** One paragraph, heading or list item per entry, in reading order. */
  paragraphs: string[];
  meta: FoundMeta;
  /** A title the document prints but does not declare (a PDF's largest type on page one, a text's first line). */
  printedTitle?: string;
  removed: RemovedLine[];
  /** Parts of the document that gave no text, each said in a sentence ("page 4 has no text: …"). */
  unread: string[];
}

/** Why a document cannot be converted, and what the editor can do about it. */
export interface ConversionFailure {
  message: string;
  fix: string;
}

export type Converted = { ok: true; conversion: Conversion } | { ok: false; failure: ConversionFailure };
