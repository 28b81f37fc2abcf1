/**
 * The gazetteer: every country from the dataset (`countries.ts`), merged with
 * `content/partners.yml`, which holds only what the dataset cannot know:
 * agencies and programmes that name a partner, extra spellings, phrases to
 * ignore, flags, and partners that are not countries (the European Union).
 * Parsing the file gives the whole gazetteer, so every reader of it agrees.
 */
import escapeStringRegexp from 'escape-string-regexp';
import { z } from 'zod';
import { COUNTRIES } from './countries.ts';
import { agencySchema, type Agency } from './agencies.ts';
import { emblemSchema } from './emblem.ts';
import { slugSchema } from './source.ts';

const terms = z.array(z.string().min(1));

/** One entry of `content/partners.yml`. For a country the dataset knows, every field is optional. */
export const partnerEntrySchema = z.strictObject({
  /** The name pages show, when the dataset's common name is not the one readers use. */
  name: z.string().min(1).optional(),
  /** "Korean" rather than the dataset's "South Korean". */
  adjective: z.string().min(1).optional(),
  /**
   * Spellings the dataset lacks ("US", "Soviet Union"). A name alone does not make
   * the country a partner of a document: the document must pair it with India
   * ("India and Japan", "Indo-Japanese"), cooperate with it, or head a section with it.
   */
  names: terms.optional(),
  /** Agencies and programmes that belong to this partner alone: naming one is enough. Never places: a venue is not a partner. */
  terms: terms.optional(),
  /**
   * The partner's own agencies, "Long Name (ACRONYM)": a party written either way is the same
   * party, with its short form ("Department of Natural Resources of Canada" is NRCan). Each
   * acronym, and each name that holds the country's name or adjective, is also a term, unless
   * two partners share it ("NRF").
   */
  agencies: z.array(agencySchema).optional(),
  /**
   * Cities besides the capital (which the dataset gives) that stand for the partner
   * in a document that presents it ("talks in Tokyo"). Never enough to make a
   * partner: a venue ("held in Stockholm") is not one. Matched case-sensitively.
   */
  places: terms.optional(),
  /** Phrases that contain a name or term but do not speak of the partner ("US$ 17 billion"). */
  ignore: terms.optional(),
  /** The country's flag as a few shapes (see src/schemas/emblem.ts); without it pages show a monogram. */
  emblem: emblemSchema.optional(),
});
export type PartnerEntry = z.infer<typeof partnerEntrySchema>;

export interface GazetteerEntry {
  name: string;
  adjective: string;
  names: string[];
  terms?: string[];
  agencies?: Agency[];
  places?: string[];
  ignore?: string[];
  emblem?: z.infer<typeof emblemSchema>;
  iso2?: string;
  iso3?: string;
  isoNumeric?: string;
}
export type Gazetteer = Record<string, GazetteerEntry>;

const known = new Map(COUNTRIES.map((c) => [c.id, c]));

/** The dataset's countries with the editors' additions; entries the dataset does not know need a name, adjective and names. */
export const gazetteerSchema = z
  .record(slugSchema, partnerEntrySchema)
  .transform((entries, ctx): Gazetteer => {
    const out: Gazetteer = {};
    for (const c of COUNTRIES) {
      const { id, ...country } = c;
      out[id] = { ...country, names: [...country.names] };
    }
    for (const [id, entry] of Object.entries(entries)) {
      const base = known.get(id);
      const { names, ...given } = entry;
      // Only the fields the entry sets, so a country keeps the dataset's name where the file gives none.
      const rest = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Omit<
        GazetteerEntry,
        'names'
      >;
      if (base) {
        out[id] = {
          ...out[id]!,
          ...rest,
          names: [...new Set([...base.names, ...(names ?? [])])],
          places: [...new Set([...base.places, ...(entry.places ?? [])])],
        };
        continue;
      }
      if (!entry.name || !entry.adjective || !names || names.length === 0) {
        const like = COUNTRIES.filter((c) => c.id.slice(0, 3) === id.slice(0, 3)).map((c) => c.id);
        ctx.addIssue({
          code: 'custom',
          path: [id],
          message: `"${id}" is not a country the dataset knows (world-countries), so it needs name, adjective and names; for a country, use the dataset's id${like.length > 0 ? ` (${like.slice(0, 4).join(', ')}?)` : ', e.g. south-korea or united-states'}`,
        });
        continue;
      }
      out[id] = { ...rest, name: entry.name, adjective: entry.adjective, names };
    }
    return withAgencyTerms(out);
  });

/**
 * Each partner's agencies as terms: the acronym, and the name where it holds the country's own
 * words ("Natural Resources Canada", "German Research Foundation"; a "Ministry of Foreign Affairs"
 * could be anyone's). A term two partners share names neither.
 */
function withAgencyTerms(gazetteer: Gazetteer): Gazetteer {
  const termsOf = (g: GazetteerEntry) =>
    (g.agencies ?? []).flatMap((a) => {
      const own = [g.name, g.adjective, ...g.names].some((n) =>
        new RegExp(`(?<![\\p{L}])${escapeStringRegexp(n)}(?![\\p{L}])`, 'u').test(a.name),
      );
      return own ? [a.acronym, a.name] : [a.acronym];
    });
  const owners = new Map<string, number>();
  for (const g of Object.values(gazetteer))
    for (const t of new Set(termsOf(g))) owners.set(t, (owners.get(t) ?? 0) + 1);
  return Object.fromEntries(
    Object.entries(gazetteer).map(([id, g]) => {
      if (!g.agencies) return [id, g];
      const extra = termsOf(g).filter((t) => owners.get(t) === 1);
      return [id, { ...g, terms: [...new Set([...(g.terms ?? []), ...extra])] }];
    }),
  );
}

/** Ids of every country the dataset knows, for messages that suggest one. */
export const countryIds: readonly string[] = COUNTRIES.map((c) => c.id);
