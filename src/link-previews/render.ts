/**
 * A preview card to PNG bytes: satori lays the card out as SVG (text drawn as paths from the bundled fonts),
 * resvg rasterises it, sharp writes the PNG. All three are deterministic for the same input, fonts and versions,
 * so two builds write the same bytes (npm run check:reproducible).
 *
 * Rendering costs about 30 ms a card, and a large collection has thousands of agreements, so images are kept in a
 * cache folder under a digest of everything that shapes them (the card, the palette, and the code and locked
 * dependency versions given as `version`): a build renders only the cards that changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import type { PreviewCard } from './cards.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './cards.ts';
import type { CardFonts } from './fonts.ts';
import { cardLayout } from './layout.ts';
import type { Palette } from './palette.ts';

export interface RenderOptions {
  palette: Palette;
  fonts: CardFonts;
  /** Where finished images are kept between builds; without it every card is rendered. */
  cacheDir?: string | undefined;
  /** Changes whenever the code that draws a card, or a dependency it draws with, changes. */
  version: string;
}

export interface RenderedCard {
  png: Buffer;
  /** True when the image came from the cache folder. */
  cached: boolean;
}

/** The digest that names a card's image in the cache: same digest, same picture. */
export function cardDigest(card: PreviewCard, palette: Palette, version: string): string {
  return createHash('sha256').update(JSON.stringify({ card, palette, version })).digest('hex');
}

/** Draws the card; no cache. */
export async function renderCardPng(card: PreviewCard, palette: Palette, fonts: CardFonts): Promise<Buffer> {
  const svg = await satori(cardLayout(card, palette, fonts.family) as Parameters<typeof satori>[0], {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts: fonts.fonts,
  });
  // No system fonts: satori has already turned every letter into a path, and the machine's fonts must not matter.
  const { pixels, width, height } = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  // A card is a few flat colours and anti-aliased text: as a 256-colour PNG it looks the same at a third of the
  // bytes (16.5 against about 45 KB; at 1,000 documents 70 MiB of images instead of about 190, docs/benchmarks.md),
  // and libimagequant at its lowest effort, without dithering, encodes it faster than resvg's own PNG encoder.
  return sharp(pixels, { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .png({ palette: true, effort: 1, dither: 0 })
    .toBuffer();
}

export async function renderCard(card: PreviewCard, options: RenderOptions): Promise<RenderedCard> {
  const { cacheDir, palette, fonts, version } = options;
  const file = cacheDir && join(cacheDir, `${cardDigest(card, palette, version)}.png`);
  if (file && existsSync(file)) return { png: readFileSync(file), cached: true };
  const png = await renderCardPng(card, palette, fonts);
  if (file && cacheDir) {
    mkdirSync(cacheDir, { recursive: true });
    // Written beside, then renamed: a build running at the same time never reads half an image.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, file);
  }
  return { png, cached: false };
}
