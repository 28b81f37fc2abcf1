/**
 * A partner's ISO 3166 codes, which the world map matches to country shapes
 * (world-atlas feature ids are ISO numeric codes).
 *
 * The gazetteer is being rebuilt from `world-countries`, and `partners.json`
 * will then carry `iso2`, `iso3` and `isoNumeric` itself. Until it does, this
 * function reads those fields when present and otherwise looks the partner's
 * name up in `world-countries`. Delete it once every partner carries the fields.
 */
import countries from 'world-countries';

export interface IsoCodes {
  iso2: string;
  iso3: string;
  /** Three digits, as world-atlas spells its feature ids ("392" for Japan). */
  isoNumeric: string;
}

const byName = new Map(
  countries.flatMap((c) =>
    [c.name.common, c.name.official, ...c.altSpellings].map(
      (name) => [name.toLowerCase(), { iso2: c.cca2, iso3: c.cca3, isoNumeric: c.ccn3 }] as const,
    ),
  ),
);

/** The partner's codes, or undefined for a partner that is not a country (the European Union). */
export function partnerIsoCodes(partner: { name: string }): IsoCodes | undefined {
  if ('isoNumeric' in partner) {
    const p = partner as { iso2?: string; iso3?: string; isoNumeric?: string | null };
    return p.isoNumeric ? { iso2: p.iso2 ?? '', iso3: p.iso3 ?? '', isoNumeric: p.isoNumeric } : undefined;
  }
  const found = byName.get(partner.name.toLowerCase());
  return found && found.isoNumeric ? found : undefined;
}
