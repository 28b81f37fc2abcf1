/**
 * Stage 4: which partners and sectors a block speaks of, driven by the editors'
 * word lists in `content/partners.yml` and `content/sectors.yml`.
 */
import type { Gazetteer, Sector, SectorTerms } from '../schemas/config.ts';
import { compileTerms, type TermMatcher } from './terms.ts';

export interface Classifier {
  partners(text: string): string[];
  sectors(text: string): Sector[];
}

export function compileClassifier(gazetteer: Gazetteer, sectorTerms: SectorTerms): Classifier {
  const partnerMatchers: [string, TermMatcher][] = Object.entries(gazetteer).map(([slug, p]) => [
    slug,
    compileTerms(p.terms, p.ignore ?? []),
  ]);
  const sectorMatchers = (Object.entries(sectorTerms) as [Sector, { terms: string[] }][])
    .filter(([, s]) => s.terms.length > 0)
    .map(([sector, s]) => [sector, compileTerms(s.terms)] as const);
  return {
    partners: (text) => partnerMatchers.filter(([, m]) => m.test(text)).map(([slug]) => slug),
    sectors: (text) => sectorMatchers.filter(([, m]) => m.test(text)).map(([s]) => s),
  };
}

/**
 * Attributes each block to partners. A block that names none belongs to the
 * partners of the block before it, so a paragraph continuing a story about
 * Finland stays with Finland.
 */
export function attributePartners<T extends { text: string }>(blocks: readonly T[], partnersOf: (text: string) => string[]): (T & { partners: string[] })[] {
  let previous: string[] = [];
  return blocks.map((b) => {
    const named = partnersOf(b.text);
    const partners = named.length > 0 ? named : previous;
    previous = partners;
    return { ...b, partners };
  });
}

/** Sectors ordered by how many texts mention them; ties keep vocabulary order. */
export function rankSectors(texts: readonly string[], sectorsOf: (text: string) => Sector[], vocabulary: readonly Sector[]): Sector[] {
  const counts = new Map<Sector, number>();
  for (const t of texts) for (const s of sectorsOf(t)) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || vocabulary.indexOf(a[0]) - vocabulary.indexOf(b[0]))
    .map(([s]) => s);
}
