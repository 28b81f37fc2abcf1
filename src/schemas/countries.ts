/**
 * Every country India may partner with, from a maintained dataset
 * (`world-countries`: names, official names, alternative spellings, demonyms,
 * ISO 3166 codes), so a document about India and Denmark gets a Denmark page
 * with no edit anywhere. `content/partners.yml` adds only what the dataset
 * cannot know (agencies, programmes, extra spellings, flags, the European Union).
 */
import countries from 'world-countries/countries.json' with { type: 'json' };
import { slugifyWords } from '../ingest/segment.ts';

export interface Country {
  /** Slug of the common name: `south-korea`, `united-states`. */
  id: string;
  name: string;
  /** The English demonym, as an adjective: "Danish". */
  adjective: string;
  /** How texts name the country and its people. */
  names: string[];
  /** Capitals: they stand for the country in a text that presents it ("New Delhi and London"), never make it a partner. */
  places: string[];
  /** ISO 3166-1 alpha-2 and alpha-3. */
  iso2: string;
  iso3: string;
  /** ISO 3166-1 numeric as the 3-digit string world-atlas uses as a feature id ("208"); absent for Kosovo. */
  isoNumeric?: string;
}

/** India is the other side of every record, never a partner. */
const HOME = 'IND';
/** Not independent in the dataset, but partners in their own right in science agreements. */
const ALSO = new Set(['TWN', 'PSE', 'UNK']);

interface DatasetCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  ccn3: string;
  independent: boolean;
  altSpellings: string[];
  demonyms: { eng?: { m: string; f: string } };
  capital?: string[];
}

/**
 * A spelling worth matching: in Latin letters, a name rather than a list entry
 * ("Korea, Republic of"), and not a two-letter code ("IT", "NO" and "CA" are words).
 */
function usable(spelling: string): boolean {
  const plain = spelling.normalize('NFD').replace(/\p{M}/gu, '');
  return (
    /^[A-Z][A-Za-z'’. -]+$/u.test(plain) && !spelling.includes(',') && spelling.replace(/\W/g, '').length >= 3
  );
}

/** Every usable way the dataset writes a country and its people: names, spellings, demonyms. */
function spellingsOf(c: DatasetCountry): string[] {
  const demonyms = c.demonyms.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [];
  const spellings = [c.name.common, c.name.official, ...c.altSpellings, ...demonyms]
    .map((s) => s.replace(/^The\s+/u, ''))
    .filter(usable);
  return [...new Set(spellings)];
}

/** "Republic of Turkey", "Kingdom of the Netherlands", "Federal Democratic Republic of Ethiopia": the name after "of". */
const FORMAL_NAME =
  /^(?:[A-Z][a-z]+\s+)*(?:Republic|Kingdom|State|Federation|Commonwealth|Principality|Duchy|Sultanate|Emirate|Confederation)\s+of\s+(?:the\s+)?([A-Z].*)$/u;

export function countriesFromDataset(data: readonly DatasetCountry[]): Country[] {
  const chosen = data.filter((c) => c.cca3 !== HOME && (c.independent || ALSO.has(c.cca3)));
  const candidates = chosen.map((c) => ({ c, spellings: spellingsOf(c) }));
  // A spelling two countries share ("Congo", "Congolese") names neither.
  const owners = new Map<string, number>();
  for (const { spellings } of candidates)
    for (const s of spellings) owners.set(s.toLowerCase(), (owners.get(s.toLowerCase()) ?? 0) + 1);
  // "Republic of Turkey" → "Turkey": the short form of a formal name, which the dataset may lack when a
  // country renamed itself (Türkiye). Only where no country has it as a name and one country gives it
  // ("Republic of Korea" and "Democratic People's Republic of Korea" both give "Korea": neither gets it).
  const derivedOwners = new Map<string, number>();
  const derivedOf = (spellings: readonly string[]) => [
    ...new Set(
      spellings
        .map((s) => FORMAL_NAME.exec(s)?.[1])
        .filter((s): s is string => s !== undefined && usable(s) && !owners.has(s.toLowerCase())),
    ),
  ];
  for (const { spellings } of candidates)
    for (const d of derivedOf(spellings))
      derivedOwners.set(d.toLowerCase(), (derivedOwners.get(d.toLowerCase()) ?? 0) + 1);
  return candidates.map(({ c, spellings }) => ({
    id: slugifyWords(c.name.common, 8),
    name: c.name.common,
    adjective: c.demonyms.eng?.m ?? c.name.common,
    names: [
      ...spellings.filter((s) => owners.get(s.toLowerCase()) === 1),
      ...derivedOf(spellings).filter((d) => derivedOwners.get(d.toLowerCase()) === 1),
    ],
    places: (c.capital ?? []).filter(usable),
    iso2: c.cca2,
    iso3: c.cca3,
    ...(/^\d{3}$/.test(c.ccn3) ? { isoNumeric: c.ccn3 } : {}),
  }));
}

export const COUNTRIES: readonly Country[] = countriesFromDataset(countries as DatasetCountry[]);

/** India's own names in the dataset ("India", "Republic of India", "Bharat", "Indian"): the side of every record. */
export const HOME_NAMES: readonly string[] = (countries as DatasetCountry[])
  .filter((c) => c.cca3 === HOME)
  .flatMap(spellingsOf);
