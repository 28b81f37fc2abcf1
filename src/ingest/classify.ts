/**
 * Stage 4: which partners and sectors a block speaks of, driven by the editors'
 * word lists in `content/partners.yml` and `content/sectors.yml`.
 */
import type { Sector, SectorTerms } from '../schemas/config.ts';
import type { Gazetteer } from '../schemas/gazetteer.ts';
import { compilePartnerNames } from './partner-names.ts';
import { compileTerms } from './terms.ts';

export interface Classifier {
  /** Every gazetteer country the text names, by name or by one of its agencies. */
  partners(text: string): string[];
  /** Countries the text presents as India's partners: paired with India, or named by an agency of theirs. */
  presentedAsPartners(text: string): string[];
  sectors(text: string): Sector[];
}

const INDIA_WORD = `(?:India|Indian|Indo)(?:['’]s)?`;
const CONNECTOR = `(?:\\s*(?:and|&|[-–—/])\\s*|\\s+)(?:the\\s+)?`;
/** "India and Japan", "Indo-German", "between India and the UK": India right before the name. */
const INDIA_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${INDIA_WORD}${CONNECTOR}$`, 'u');
/** "Japan–India", "Finland India Quantum Network": India right after it. */
const INDIA_AFTER = new RegExp(`^(?:['’]s)?${CONNECTOR}${INDIA_WORD}(?![\\p{L}\\p{N}])`, 'u');
/** Between two names of one list: "South Africa and Egypt", "Denmark, Norway and Sweden". */
const LIST_GAP = /^(?:['’]s)?\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?$/u;
/** Numbering before a section heading: "9.5", "3.", "A.", "(b)". */
const NUMBERING = /^\s*(?:\d+(?:\.\d+)+\.?|\(?[\dA-Za-z]{1,3}[.)])?\s*/u;

/**
 * `cooperation` words ("renewed", "cooperation", "MoU") make "… with Egypt" a
 * partnership rather than a comparison, unless a `multilateral` group is the one
 * cooperating; both from `content/instruments.yml`.
 */
export function compileClassifier(
  gazetteer: Gazetteer,
  sectorTerms: SectorTerms,
  cooperation: readonly string[] = [],
  multilateral: readonly string[] = [],
  indiaAgencies: readonly string[] = [],
): Classifier {
  const names = compilePartnerNames(gazetteer);
  const rank = new Map(names.order.map((id, i) => [id, i]));
  const inOrder = (ids: Iterable<string>) => [...new Set(ids)].sort((a, b) => rank.get(a)! - rank.get(b)!);
  const cooperationWords = cooperation.length > 0 ? compileTerms(cooperation) : undefined;
  const groups = multilateral.length > 0 ? compileTerms(multilateral) : undefined;
  // India's own agencies ("Council of Scientific and Industrial Research", "ISRO") speak for India.
  const indiaAgencyTerms = indiaAgencies.length > 0 ? compileTerms(indiaAgencies) : undefined;
  const namesIndia = (text: string) =>
    /(?<![\p{L}\p{N}])(?:India|Indian|Indo)(?![\p{L}\p{N}])/u.test(text) ||
    (indiaAgencyTerms?.test(text) ?? false);
  const sectorMatchers = (Object.entries(sectorTerms) as [Sector, { terms: string[] }][])
    .filter(([, s]) => s.terms.length > 0)
    .map(([sector, s]) => [sector, compileTerms(s.terms)] as const);
  return {
    partners: (text) => inOrder(names.find(text).map((m) => m.partner)),
    presentedAsPartners: (text) => {
      const found = names.find(text);
      const presented: string[] = [];
      const heading = text.replace(NUMBERING, '').trim();
      found.forEach((m, i) => {
        if (m.kind === 'term') return void presented.push(m.partner);
        if (m.kind === 'place') return;
        // "9.5 Egypt": a section of its own.
        if (m.text === heading) return void presented.push(m.partner);
        const before = text.slice(Math.max(0, m.start - 40), m.start);
        if (INDIA_BEFORE.test(before) || INDIA_AFTER.test(text.slice(m.end, m.end + 40)))
          return void presented.push(m.partner);
        // "Visit of the President of Ghana to India": a state visit's outcomes are with the visitor's country.
        if (
          /^\s+to\s+India\b/u.test(text.slice(m.end, m.end + 20)) &&
          /\bvisit\b/iu.test(text.slice(Math.max(0, m.start - 80), m.start))
        )
          return void presented.push(m.partner);
        // "… the Foundation for Science and Technology of Portugal", "Mexico's National Council …" in a
        // sentence on cooperation with India or one of its agencies.
        if (
          (/\bof\s+(?:the\s+)?$/u.test(before) || /^['’]s\s+\p{Lu}/u.test(text.slice(m.end))) &&
          namesIndia(text) &&
          cooperationWords?.test(text)
        )
          return void presented.push(m.partner);
        // "renewed with South Africa and Egypt", "cooperation with the Netherlands": the head of a list after "with".
        let head = i;
        while (head > 0 && LIST_GAP.test(text.slice(found[head - 1]!.end, found[head]!.start))) head--;
        const lead = text.slice(Math.max(0, found[head]!.start - 120), found[head]!.start);
        const clause = lead.slice(Math.max(...['.', ';', ':', '!', '?'].map((c) => lead.lastIndexOf(c))) + 1);
        // The cooperation word stands right before "with" ("renewed with", "cooperation with"), not anywhere
        // in the clause ("balance multiple partnerships, including with Russia"); a group's cooperation
        // ("QUAD announced cooperation with Palau") is not India's.
        const ahead = /((?:[\p{L}-]+\s+){1,3})with\s+(?:the\s+)?$/iu.exec(lead)?.[1];
        if (ahead && cooperationWords?.test(ahead) && !groups?.test(clause)) presented.push(m.partner);
      });
      return inOrder(presented);
    },
    sectors: (text) => sectorMatchers.filter(([, m]) => m.test(text)).map(([s]) => s),
  };
}

/**
 * Attributes each block to partners. A block that names none belongs to the
 * partners of the block before it, so a paragraph continuing a story about
 * Finland stays with Finland.
 */
export function attributePartners<T extends { text: string }>(
  blocks: readonly T[],
  partnersOf: (text: string) => string[],
): (T & { partners: string[] })[] {
  let previous: string[] = [];
  return blocks.map((b) => {
    const named = partnersOf(b.text);
    const partners = named.length > 0 ? named : previous;
    previous = partners;
    return { ...b, partners };
  });
}

/** Sectors ordered by how many texts mention them; ties keep vocabulary order. */
export function rankSectors(
  texts: readonly string[],
  sectorsOf: (text: string) => Sector[],
  vocabulary: readonly Sector[],
): Sector[] {
  const counts = new Map<Sector, number>();
  for (const t of texts) for (const s of sectorsOf(t)) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || vocabulary.indexOf(a[0]) - vocabulary.indexOf(b[0]))
    .map(([s]) => s);
}
