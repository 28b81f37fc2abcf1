/**
 * Build-time access to the editors' vocabularies (sector labels), read from
 * the same YAML the ingest uses so labels are written once. Astro always
 * builds from the project root, so the path is taken from there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sectorTermsSchema, type Sector } from '../schemas/config.ts';

const sectorTerms = sectorTermsSchema.parse(
  parse(readFileSync(join(process.cwd(), 'content/sectors.yml'), 'utf8')),
);

/** Every sector with its label and terms, in the file's order: the search's topic vocabulary. */
export function sectorVocabulary(): { id: Sector; label: string; terms: string[] }[] {
  return Object.entries(sectorTerms).map(([id, v]) => ({ id: id as Sector, label: v.label, terms: v.terms }));
}

export function sectorLabel(sector: string): string {
  return sectorTerms[sector as Sector]?.label ?? sector;
}
