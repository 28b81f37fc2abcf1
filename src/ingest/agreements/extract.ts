/**
 * The agreement stages as one pure function: document models in, records and
 * the extraction report out. Overrides are applied after this, by the pipeline.
 */
import type { Gazetteer } from '../../schemas/gazetteer.ts';
import type { Classifier } from '../classify.ts';
import type { DocumentModel } from '../document.ts';
import { findCandidates, sentenceUnits, type Candidate, type SentenceUnit } from './find-candidates.ts';
import { mergeCandidates, type MergedRecord } from './merge-records.ts';
import {
  agencyCore,
  buildAcronymDictionary,
  findExpansions,
  type AcronymDictionary,
  type KnownAgency,
} from './parse-parties.ts';
import { compilePartnerNames } from '../partner-names.ts';
import { indianAgencies } from './vocabulary.ts';

export interface Extraction {
  records: MergedRecord[];
  units: SentenceUnit[];
  candidates: Candidate[];
  dictionary: AcronymDictionary;
}

export function extractAgreements(
  documents: readonly DocumentModel[],
  gazetteer: Gazetteer,
  classifier: Classifier,
): Extraction {
  const units: SentenceUnit[] = [];
  for (const doc of documents) units.push(...sentenceUnits(doc, units.length));
  const compiled = compilePartnerNames(gazetteer);
  // Parties, acceptance and partners ask about the same sentence's names again and again: find them once.
  const found = new Map<string, ReturnType<typeof compiled.find>>();
  const partnerNames = {
    find: (text: string) => {
      let hits = found.get(text);
      if (!hits) {
        if (found.size > 50_000) found.clear();
        found.set(text, (hits = compiled.find(text)));
      }
      return hits;
    },
  };
  // Words of the names a text uses ("South Korea", "Danish"), not of official ones ("Republic of …"):
  // they are stripped when instrument names are compared, and "of" or "Republic" must not be.
  const countryWords = [
    ...new Set(
      Object.values(gazetteer)
        .flatMap((g) => [g.name, g.adjective, ...g.names.filter((n) => n.split(' ').length <= 2)])
        .flatMap((w) => w.split(/\s+/))
        .filter((w) => /^\p{Lu}/u.test(w)),
    ),
  ];
  // The agencies India and the partners are known by, so "Department of Atomic Energy" is DAE and
  // "Natural Resources Canada" NRCan even where no text says so.
  const agencies: KnownAgency[] = [
    ...indianAgencies().map((a) => ({ ...a, country: 'india' })),
    ...Object.entries(gazetteer).flatMap(([id, g]) => (g.agencies ?? []).map((a) => ({ ...a, country: id }))),
  ];
  const countryWordSet = new Set([...countryWords, 'India', 'Indian', 'Indo'].map((w) => w.toLowerCase()));
  const dictionary = buildAcronymDictionary(
    documents.flatMap((d) => d.blocks.flatMap((b) => findExpansions(b.text))),
    agencies,
    (name) => agencyCore(name, countryWordSet),
  );
  const { candidates } = findCandidates(units, {
    parties: {
      dictionary,
      countriesIn: (t) => [
        ...(/(?<![\p{L}])(?:India|Indian|Indo)(?![\p{L}])/u.test(t) ? ['india'] : []),
        ...partnerNames.find(t).map((m) => m.partner),
      ],
      agencyNamesIn: (t) => partnerNames.find(t).filter((m) => m.kind === 'term'),
      isPartner: (t) => partnerNames.find(t).some((m) => m.kind !== 'place'),
      adjectiveOf: (t) => {
        const hit = partnerNames.find(t).find((m) => m.kind === 'name' && m.text === t);
        return hit ? gazetteer[hit.partner]?.adjective : undefined;
      },
    },
    partnersIn: classifier.partners,
    presentedIn: classifier.presentedAsPartners,
    countryWords,
  });
  const records = mergeCandidates(candidates, {
    knownAcronym: dictionary.knownAcronym,
    countryWords,
    // "India–UK", "India–US", "India–EU": a partner known by its abbreviation is named by it.
    partnerName: (slug) => {
      const g = gazetteer[slug];
      const short = g?.names.filter((n) => /^\p{Lu}{2,3}$/u.test(n)).sort((a, b) => a.length - b.length)[0];
      return short ?? g?.name ?? slug;
    },
    sectorsOf: classifier.sectors,
  });
  return { records, units, candidates, dictionary };
}
