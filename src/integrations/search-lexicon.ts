/**
 * Writes the search lexicon (src/search/build-lexicon.ts) beside Pagefind's
 * index, from what the build produced: the words in Pagefind's fragments, the
 * records in `agreements.json`, the partners with a page, the sector and
 * instrument vocabularies, and the world's country names. Files:
 *
 *   pagefind/lexicon/entry.json        which chunk file holds each first letter, and the covered partners
 *   pagefind/lexicon/<letter>.<hash>.json   one chunk; the hash of its content names it, so a browser may cache it
 *
 * and from the editors' files: sectors.yml, instruments.yml, search-words.yml;
 * and the world's countries from the gazetteer's dataset (src/schemas/countries.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { instrumentsText, readInstruments } from '../ingest/agreements/vocabulary.ts';
import { parseYaml } from '../ingest/yaml-data.ts';
import { formatProblem, type IngestProblem } from '../ingest/errors.ts';
import { agreementTypeLabels, type AgreementType } from '../schemas/agreement.ts';
import { COUNTRIES, HOME_NAMES } from '../schemas/countries.ts';
import { searchWordsSchema, type SearchWords } from '../schemas/search-words.ts';
import { sectorVocabulary } from '../utils/vocabulary.ts';
import { buildLexicon, type Lexicon, type LexiconSources } from '../search/build-lexicon.ts';
import { indexedWords } from '../search/text.ts';

/** The address the browser loads the lexicon's entry from (src/client/search/lexicon-client.ts). */
export const LEXICON_ENTRY = '/pagefind/lexicon/entry.json';

export interface LexiconEntry {
  partners: Lexicon['partners'];
  /** First letter → chunk file name, relative to the entry. */
  chunks: Record<string, string>;
}

/** Pagefind's fragment files: `pagefind_dcd` then the JSON of one page, gzipped. */
async function fragmentWords(pagefindDir: string): Promise<Set<string>> {
  const dir = join(pagefindDir, 'fragment');
  // Tokens first, each folded once: at 1,000 documents the fragments hold millions of tokens but tens of
  // thousands of distinct ones.
  const tokens = new Set<string>();
  const add = (text: string) => {
    for (const t of text.split(/\s+/)) if (t) tokens.add(t);
  };
  for (const f of (await readdir(dir)).sort()) {
    const raw = gunzipSync(await readFile(join(dir, f))).toString('utf8');
    const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as {
      content: string;
      meta?: Record<string, string>;
    };
    add(fragment.content);
    for (const v of Object.values(fragment.meta ?? {})) add(v);
  }
  const words = new Set<string>();
  for (const t of tokens) for (const w of indexedWords(t)) words.add(w);
  return words;
}

/**
 * Each instrument type's label and the ways it is written, from the vocabulary the extraction reads
 * (content/instruments.yml; the label from src/schemas/agreement.ts): label, short label, surface forms (but
 * the patterns with `…`) and acronyms.
 */
export function instrumentForms(): { label: string; forms: string[] }[] {
  const types = instruments().types;
  return (Object.entries(types) as [AgreementType, (typeof types)[AgreementType]][]).map(([type, t]) => ({
    // The label readers see is the record schema's (one place for the type labels).
    label: agreementTypeLabels[type],
    forms: [...(t.short ? [t.short] : []), ...t.forms.filter((f) => !f.includes('…')), ...(t.acronyms ?? [])],
  }));
}

const problemText = (problems: readonly IngestProblem[]) => problems.map(formatProblem).join('\n');

function instruments() {
  const parsed = readInstruments(instrumentsText());
  if (!parsed.ok) throw new Error(problemText(parsed.problems));
  return parsed.value;
}

/**
 * The words that say what happened or that two sides work together (content/instruments.yml: events,
 * statuses, cooperation): true of nearly every agreement, so a query ranks by them without restricting.
 */
function eventWords(): string[] {
  const v = instruments();
  return [...v.events, ...Object.values(v.statuses).flat(), ...v.cooperation];
}

/** content/search-words.yml, validated; a mistake stops the build with the file, line and fix. */
export function readSearchWords(text: string, file = 'content/search-words.yml'): SearchWords {
  const parsed = parseYaml(searchWordsSchema, text, file);
  if (!parsed.ok) throw new Error(problemText(parsed.problems));
  return parsed.value;
}

/**
 * How a reader names a country the atlas may not cover: its name, its adjective and its one-word
 * spellings ("Burma", "Argentine"). Official names and names in other languages ("Argentine Republic",
 * "Reino de España") were a quarter of the lexicon, loaded with every first letter a query uses, and
 * nobody types them to ask about a partnership; a covered partner keeps every spelling (`partners`).
 */
function readersNames(c: (typeof COUNTRIES)[number]): { name: string; names: string[] } {
  return { name: c.name, names: [c.name, c.adjective, ...c.names.filter((n) => !/\s/.test(n.trim()))] };
}

interface PartnerRow {
  id: string;
  name: string;
  adjective: string;
  names: string[];
}

export async function writeSearchLexicon(
  outDir: string,
  generatedDir: string,
): Promise<{ chunks: number; bytes: number }> {
  const pagefindDir = join(outDir, 'pagefind');
  const records = JSON.parse(
    await readFile(join(outDir, 'agreements.json'), 'utf8'),
  ) as LexiconSources['records'];
  const partners = JSON.parse(await readFile(join(generatedDir, 'partners.json'), 'utf8')) as PartnerRow[];
  const lexicon = buildLexicon({
    records,
    partners: partners.map((p) => ({
      name: p.name,
      adjective: p.adjective,
      names: p.names,
      href: `/countries/${p.id}/`,
    })),
    countries: COUNTRIES.map(readersNames),
    home: HOME_NAMES,
    sectors: sectorVocabulary().map((s) => ({ name: s.label, href: `/sectors/${s.id}/`, terms: s.terms })),
    types: instrumentForms(),
    events: eventWords(),
    searchWords: readSearchWords(await readFile(join(process.cwd(), 'content/search-words.yml'), 'utf8')),
    words: await fragmentWords(pagefindDir),
  });
  const dir = join(pagefindDir, 'lexicon');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const entry: LexiconEntry = { partners: lexicon.partners, chunks: {} };
  let bytes = 0;
  for (const [key, chunk] of Object.entries(lexicon.chunks).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const body = JSON.stringify(chunk);
    const file = `${key}.${createHash('sha256').update(body).digest('hex').slice(0, 10)}.json`;
    await writeFile(join(dir, file), body);
    entry.chunks[key] = file;
    bytes += body.length;
  }
  await writeFile(join(dir, 'entry.json'), JSON.stringify(entry));
  return { chunks: Object.keys(entry.chunks).length, bytes };
}
