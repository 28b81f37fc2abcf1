/**
 * The names of the world's countries and territories, from the Unicode CLDR
 * data every JavaScript runtime carries (Intl.DisplayNames), so that a query
 * naming a country the atlas has no page on can say so (src/search/build-lexicon.ts).
 * India, the atlas's own side of every agreement, is not a partner to report.
 */

/** Region codes that name no country: pseudo-locales, groupings, the unknown region. */
const NOT_COUNTRIES = new Set(['XA', 'XB', 'ZZ', 'QO', 'EZ', 'UN']);
/** The atlas's own country. */
const HOME = 'IN';

export function worldCountryNames(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const home = names.of(HOME);
  const out = new Set<string>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters)
    for (const b of letters) {
      const code = a + b;
      if (NOT_COUNTRIES.has(code)) continue;
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code && name !== home) out.add(name);
    }
  return [...out].sort();
}
