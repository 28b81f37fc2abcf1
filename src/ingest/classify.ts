/**
 * Stage 4: which partners and sectors a block speaks of, driven by the editors'
 * word lists in `content/partners.yml` and `content/sectors.yml`.
 */
import type { Gazetteer, Sector, SectorTerms } from '../schemas/config.ts';
import escapeStringRegexp from 'escape-string-regexp';
import { compileTerms } from './terms.ts';

export interface Classifier {
  /** Every gazetteer country the text names, by name or by one of its agencies. */
  partners(text: string): string[];
  /** Countries the text presents as India's partners: paired with India, or named by an agency of theirs. */
  presentedAsPartners(text: string): string[];
  sectors(text: string): Sector[];
}

const INDIA = `(?:India|Indian|Indo)(?:['’]s)?`;
const CONNECTOR = `(?:\\s*(?:and|&|[-–—/])\\s*|\\s+)(?:the\\s+)?`;

/** "India and Japan", "Indo-German", "Japan–India", "Finland India Quantum Network", "between India and the UK". */
export function pairsWithIndia(names: readonly string[]): RegExp {
  const name = `(?:${names.map((n) => escapeStringRegexp(n)).join('|')})(?:['’]s)?`;
  const edge = (p: string) => `(?<![\\p{L}\\p{N}])${p}(?![\\p{L}\\p{N}])`;
  return new RegExp(`${edge(`${INDIA}${CONNECTOR}${name}`)}|${edge(`${name}${CONNECTOR}${INDIA}`)}`, 'u');
}

export function compileClassifier(gazetteer: Gazetteer, sectorTerms: SectorTerms): Classifier {
  const partnerMatchers = Object.entries(gazetteer).map(([slug, p]) => {
    const ignore = p.ignore ?? [];
    const agencies = p.terms && p.terms.length > 0 ? compileTerms(p.terms, ignore) : undefined;
    const mask = compileTerms(['x'], ignore).mask;
    return {
      slug,
      any: compileTerms([...p.names, ...(p.terms ?? [])], ignore),
      agencies,
      pairing: pairsWithIndia(p.names),
      mask,
    };
  });
  const sectorMatchers = (Object.entries(sectorTerms) as [Sector, { terms: string[] }][])
    .filter(([, s]) => s.terms.length > 0)
    .map(([sector, s]) => [sector, compileTerms(s.terms)] as const);
  return {
    partners: (text) => partnerMatchers.filter((m) => m.any.test(text)).map((m) => m.slug),
    presentedAsPartners: (text) =>
      partnerMatchers
        .filter((m) => m.agencies?.test(text) || m.pairing.test(m.mask(text)))
        .map((m) => m.slug),
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
