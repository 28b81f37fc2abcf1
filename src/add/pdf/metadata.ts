/**
 * A PDF's metadata: its XMP packet first (Unicode, and lists of authors), then its document information
 * dictionary. A title that is only the name of the file it was exported from says nothing.
 */
import { clean, first, found, isoDate, names, type FoundMeta } from '../metadata.ts';
import type { PdfContent } from './read-pdf.ts';

/** Titles that word processors write by themselves: a file name, or "Microsoft Word - report.docx". */
const EXPORTED_NAME = /^(?:Microsoft \w+ - .*|.*\.(?:docx?|odt|rtf|pptx?|indd|tex|pdf)|untitled)$/i;

const title = (value: unknown) => {
  const text = clean(value);
  return text && !EXPORTED_NAME.test(text) ? text : undefined;
};

const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

export function pdfMetadata({ info, xmp }: Pick<PdfContent, 'info' | 'xmp'>): FoundMeta {
  const meta: FoundMeta = {};
  const t = first(
    found(title(xmp.get('dc:title')), 'the PDF’s XMP dc:title'),
    found(title(info['Title']), 'the PDF’s Title'),
  );
  if (t) meta.title = t;
  const authors = first(
    found(names(list(xmp.get('dc:creator'))), 'the PDF’s XMP dc:creator'),
    // The info dictionary holds one string; semicolons are the common separator ("A. Author; B. Author").
    found(names(clean(info['Author'])?.split(';') ?? []), 'the PDF’s Author'),
  );
  if (authors) meta.authors = authors;
  const published = first(
    found(isoDate(xmp.get('dc:date')), 'the PDF’s XMP dc:date'),
    found(isoDate(xmp.get('xmp:createdate')), 'the PDF’s XMP creation date'),
    found(isoDate(info['CreationDate']), 'the PDF’s creation date'),
  );
  if (published) meta.published = published;
  const publisher = found(clean(list(xmp.get('dc:publisher')).join('; ')), 'the PDF’s XMP dc:publisher');
  if (publisher) meta.publisher = publisher;
  return meta;
}
