/**
 * The agreement stages as one pure function: document models in, records and
 * the extraction report out. Overrides are applied after this, by the pipeline.
 */
import type { Gazetteer } from '../../schemas/gazetteer.ts';
import type { Classifier } from '../classify.ts';
import type { DocumentModel } from '../document.ts';
import { findCandidates, sentenceUnits, type Candidate, type SentenceUnit } from './find-candidates.ts';
import { mergeCandidates, type MergedRecord } from './merge-records.ts';
import { buildAcronymDictionary, findExpansions, type AcronymDictionary } from './parse-parties.ts';
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
  // India's agencies first, so "Department of Atomic Energy" is DAE even where no text says so.
  const dictionary = buildAcronymDictionary([
    ...indianAgencies(),
    ...documents.flatMap((d) => d.blocks.flatMap((b) => findExpansions(b.text))),
  ]);
  const partnerNames = compilePartnerNames(gazetteer);
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
  const { candidates } = findCandidates(units, {
    parties: {
      dictionary,
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
    countryWords,
    partnerName: (slug) => gazetteer[slug]?.name ?? slug,
    sectorsOf: classifier.sectors,
  });
  return { records, units, candidates, dictionary };
}
