/**
 * Stage 1 of the agreement extraction, sentence units: the sentences of a
 * document as extraction reads them. A sentence broken over two lines (a page
 * break, a footnote block) is joined and quotes both lines; list and table items
 * carry the date of the line that introduces them; the document's title line is
 * left out (it repeats what the text says).
 */
import type { AgreementSource } from '../../schemas/agreement.ts';
import type { DocumentModel } from '../document.ts';
import { findDates } from './parse-date.ts';
import { isTableRow } from '../table-cells.ts';

/** A sentence as extraction sees it: possibly broken over two lines of the source, hence several parts. */
export interface SentenceUnit {
  source: string;
  text: string;
  parts: AgreementSource[];
  /** Index of the block (paragraph) in its document, so neighbours can be found. */
  block: number;
  /** Position in document order, for stable sorting. */
  order: number;
  /** Partners the ingest attributed to the paragraph. */
  blockPartners: string[];
  /**
   * A date the text gives the sentence from outside it: the line that introduces a list or
   * table of outcomes ("Memoranda exchanged on 9 October 2021:"), else the document's dateline
   * for what the document itself reports ("welcomed the signing"). Null when there is none.
   */
  listDate: string | null;
  docDate: string | null;
}

/** Sentences of a document, with a sentence broken over two lines joined (both lines are quoted). */
export function sentenceUnits(doc: DocumentModel, startOrder = 0): SentenceUnit[] {
  const units: SentenceUnit[] = [];
  let order = startOrder;
  const blocks = doc.blocks;
  const docDate = datelineOf(doc);
  let listDate: string | null = null;
  const title = words(doc.meta.title);
  // Blocks whose first sentence ends a sentence broken off before them.
  const continued = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // A list's items take the date of the line that introduces them, until the list ends.
    const item = LIST_ITEM.test(b.text);
    const itemDate = item ? listDate : null;
    if (!item || /:\s*$/u.test(b.text))
      listDate = /\b(?:signed|exchanged|concluded)\b/iu.test(b.text)
        ? (findDates(b.text).find((d) => d.role === 'when' && d.iso.length === 10)?.iso ?? null)
        : null;
    if (b.kind !== 'paragraph') continue;
    // "[1] European Commission, "EU-India S&T agreement", https://…": a reference cites a title, it states nothing.
    if (REFERENCE.test(b.text) && /https?:\/\/|www\./u.test(b.text)) continue;
    // The document's own title ("India, Italy sign research MoU …") repeats what the text says.
    if (isTitle(b.text, title)) continue;
    // A table row is read whole: its cells are one instrument and its signatories, not sentences.
    const row = isTableRow(b.text);
    const sentences = row ? [b.text] : [...b.sentences];
    // "… Ministry of Electronic and Information" / "Technology (MeitY) … renewed on …": a line broken
    // mid-sentence, perhaps with footnotes, a running head or a page number between the two halves.
    const next = row ? undefined : continuationOf(blocks, i);
    const unitOf = (text: string, parts: AgreementSource[]): SentenceUnit => ({
      source: doc.slug,
      text,
      parts,
      block: i,
      order: order++,
      blockPartners: b.partners,
      listDate: itemDate,
      docDate,
    });
    sentences.forEach((s, k) => {
      const last = k === sentences.length - 1;
      if (last && next) {
        const first = next.sentences[0]!;
        continued.add(next.anchor);
        units.push(
          unitOf(`${s} ${first}`, [
            { source: doc.slug, quote: s, anchor: b.anchor },
            { source: doc.slug, quote: first, anchor: next.anchor },
          ]),
        );
      } else if (!(k === 0 && continued.has(b.anchor)))
        units.push(unitOf(s, [{ source: doc.slug, quote: s, anchor: b.anchor }]));
    });
  }
  return units;
}

/** Footnotes ("[3] IC-IMPACTS, …", "4. Ibid.") and page furniture ("… | page 3", "Annual Report | 187") a page break puts inside a sentence. */
/** A footnote's or reference's marker: "[1]", "⁴", "3 ". */
const REFERENCE = /^(?:\[\d{1,3}\]|\p{No}+|\d{1,3}\s)/u;
const NOTE = /^(?:\[\d{1,3}\]|\d{1,3}\s)|https?:\/\//u;
const FURNITURE = /(?:^|\s)(?:page\s+)?\d{1,4}$|^\d{1,4}\s*\||\|\s*(?:page\s+)?\d{1,4}$/iu;
const BREAKABLE_END = /[\p{L},]$/u;

/**
 * The block that carries on a sentence block `i` leaves unfinished: the next paragraph, or the first
 * after footnotes and page furniture, when it starts in lower case (or `i` ends on a function word or
 * is a list item). Null when the sentence is complete.
 */
function continuationOf(
  blocks: DocumentModel['blocks'],
  i: number,
): DocumentModel['blocks'][number] | undefined {
  const b = blocks[i]!;
  // A line cut off inside a word ("… formally began i") is damaged, not broken: nothing carries it on.
  const lastWord = b.text.slice(b.text.lastIndexOf(' ') + 1).replace(/,$/u, '');
  if (!BREAKABLE_END.test(b.text) || /https?:\/\//u.test(b.text) || (lastWord.length < 2 && lastWord !== 'a'))
    return undefined;
  for (let j = i + 1; j < blocks.length && j <= i + 12; j++) {
    const next = blocks[j]!;
    if (NOTE.test(next.text) || (next.text.length < 120 && FURNITURE.test(next.text))) continue;
    if (isTableRow(next.text)) return undefined;
    const between = j > i + 1;
    if (next.kind !== 'paragraph' || /^[\p{No}\d<]/u.test(next.text)) return undefined;
    if (/^\p{Ll}/u.test(next.text)) return next;
    return !between && (/^[•·\-–]/u.test(b.text) || /\b(?:and|of|the|in|for|to)$/u.test(b.text))
      ? next
      : undefined;
  }
  return undefined;
}

/** An item of a list or a row of a table: "1)", "2.", "iv.", "•", "-", a table's "S.No." header, or cells split by tabs. */
const LIST_ITEM = /^\s*(?:\d{1,2}[.)]|[ivx]{1,4}[.)]|\(?[a-z]\)|[•·\-–]|S\.?\s?No\.?|Sl\.?\s?No\.?)\s|\t/u;

/** The document's own date: the first full date among its opening lines ("New Delhi, April 11, 2025", "Posted On: 27 JUN 2018"). */
function datelineOf(doc: DocumentModel): string | null {
  for (const b of doc.blocks.slice(0, 8)) {
    if (b.text.length > 120) continue;
    const d = findDates(b.text).find((x) => x.role === 'when' && x.iso.length === 10);
    if (d) return d.iso;
  }
  return null;
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
/** A line that is the document's title (its words), or starts it (a title with an "(excerpt)" note). */
/** How much a title line may carry besides the title (a dateline, a byline) and still be the title. */
const TITLE_TAIL = 60;

function isTitle(text: string, t: string): boolean {
  const l = words(text);
  // A paragraph that only begins with the title's words ("India and South Africa" / "India and South Africa
  // signed an MoU …" run together) is text, not the title.
  return (
    l.length > 0 &&
    (t === l ||
      (t.startsWith(l) && l.length > 20) ||
      (l.startsWith(t) && t.length > 20 && l.length <= t.length + TITLE_TAIL))
  );
}
