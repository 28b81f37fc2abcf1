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
    // The document's own title ("India, Italy sign research MoU …") repeats what the text says.
    if (isTitle(b.text, doc.meta.title)) continue;
    const sentences = [...b.sentences];
    const next = blocks[i + 1];
    // "… Ministry of Electronic and Information" / "Technology (MeitY) … renewed on …": a line broken mid-sentence.
    const carry =
      next?.kind === 'paragraph' &&
      /[\p{L},]$/u.test(b.text) &&
      !/https?:\/\//u.test(b.text) &&
      !/^[\p{No}\d<]/u.test(next.text) &&
      (/^[•·\-–]/u.test(b.text) || /^\p{Ll}/u.test(next.text) || /\b(?:and|of|the|in|for|to)$/u.test(b.text));
    sentences.forEach((s, k) => {
      const last = k === sentences.length - 1;
      if (last && carry && next) {
        const first = next.sentences[0]!;
        units.push({
          source: doc.slug,
          text: `${s} ${first}`,
          parts: [
            { source: doc.slug, quote: s, anchor: b.anchor },
            { source: doc.slug, quote: first, anchor: next.anchor },
          ],
          block: i,
          order: order++,
          blockPartners: b.partners,
          listDate: itemDate,
          docDate,
        });
      } else if (!(k === 0 && i > 0 && units.at(-1)?.parts.at(-1)?.anchor === b.anchor)) {
        units.push({
          source: doc.slug,
          text: s,
          parts: [{ source: doc.slug, quote: s, anchor: b.anchor }],
          block: i,
          order: order++,
          blockPartners: b.partners,
          listDate: itemDate,
          docDate,
        });
      }
    });
  }
  return units;
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
/** A line that is the document's title, or starts it (a title with an "(excerpt)" note). */
function isTitle(text: string, title: string): boolean {
  const [t, l] = [words(title), words(text)];
  return (
    l.length > 0 && (t === l || (t.startsWith(l) && l.length > 20) || (l.startsWith(t) && t.length > 20))
  );
}
