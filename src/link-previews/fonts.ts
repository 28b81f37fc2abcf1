/**
 * The typeface of the preview cards: Noto Sans from the @fontsource/noto-sans package, read from node_modules,
 * so a build needs no network and every build draws the same glyphs. Each Unicode subset the package ships is
 * its own file; satori falls back from one family to the next only between differently named families, so each
 * subset is registered under a name of its own and the card lists them all.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const PACKAGE = '@fontsource/noto-sans';
/** The weights the card uses: regular text and bold titles. */
const WEIGHTS = [400, 700] as const;

export interface CardFont {
  name: string;
  data: Buffer;
  weight: (typeof WEIGHTS)[number];
  style: 'normal';
}

export interface CardFonts {
  fonts: CardFont[];
  /** The CSS font-family list naming every subset, Latin first. */
  family: string;
  /** Code point ranges the fonts cover, from the package's unicode.json. */
  ranges: [number, number][];
}

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]]. */
export function parseUnicodeRanges(list: string): [number, number][] {
  return list.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to!, 16)];
  });
}

/** The characters of `text` that no font covers (they would be drawn as empty boxes), once each. */
export function uncoveredCharacters(text: string, ranges: readonly [number, number][]): string[] {
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!ranges.some(([a, b]) => cp >= a && cp <= b)) missing.add(ch);
  }
  return [...missing];
}

/** Reads the fonts once per process. Astro builds from the project root, so the package is resolved from there. */
let loaded: CardFonts | undefined;
export function cardFonts(root = process.cwd()): CardFonts {
  if (loaded) return loaded;
  const require = createRequire(join(root, 'package.json'));
  const subsets = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/unicode.json`), 'utf8')) as Record<
    string,
    string
  >;
  // Latin first: most text is Latin, and the first family that has a glyph draws it.
  const names = Object.keys(subsets).sort(
    (a, b) => Number(b === 'latin') - Number(a === 'latin') || a.localeCompare(b),
  );
  const family = (subset: string) => `Noto Sans ${subset}`;
  loaded = {
    fonts: names.flatMap((subset) =>
      WEIGHTS.map((weight) => ({
        name: family(subset),
        data: readFileSync(require.resolve(`${PACKAGE}/files/noto-sans-${subset}-${weight}-normal.woff`)),
        weight,
        style: 'normal' as const,
      })),
    ),
    family: names.map((s) => `'${family(s)}'`).join(', '),
    ranges: names.flatMap((s) => parseUnicodeRanges(subsets[s]!)),
  };
  return loaded;
}
