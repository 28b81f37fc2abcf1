/**
 * The colours of a preview card: the light theme's tokens, read from the site's own stylesheet, so the
 * pictures wear the site's colours and follow them when they change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PALETTE_TOKENS = ['bg', 'fg', 'muted', 'accent', 'border', 'surface'] as const;
export type Palette = Record<(typeof PALETTE_TOKENS)[number], string>;

/**
 * The light value of each token in the stylesheet's first `:root { … }` block: `--bg: light-dark(#ffffff, …)` or
 * `--bg: #ffffff`. A preview shows the light theme: a chat application's theme is not the reader's. Throws, naming
 * the token and the file, when one is missing or its light value is not written as #rrggbb.
 */
export function paletteFromCss(css: string, file: string): Palette {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const entries = PALETTE_TOKENS.map((token) => {
    const value = new RegExp(`--${token}:\\s*(?:light-dark\\(\\s*)?(#[0-9a-fA-F]{6})\\b`).exec(block)?.[1];
    if (!value) {
      throw new Error(
        `${file}: the first :root block has no --${token} written as #rrggbb or light-dark(#rrggbb, #rrggbb); link-preview images take their colours from it (src/link-previews/palette.ts)`,
      );
    }
    return [token, value.toLowerCase()] as const;
  });
  return Object.fromEntries(entries) as Palette;
}

/** The site's palette. Astro always builds from the project root, so the stylesheet is found from there. */
export function sitePalette(root = process.cwd()): Palette {
  const file = join('src', 'styles', 'global.css');
  return paletteFromCss(readFileSync(join(root, file), 'utf8'), file);
}
