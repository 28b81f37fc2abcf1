/**
 * Link-preview images, made at build time: /og/countries/<partner>.png, /og/agreements/<id>.png and /og/site.png
 * (the cards of src/link-previews/cards.ts), each 1200 × 630. Rendered images are kept between builds
 * (src/link-previews/render.ts), so a build draws only the cards that changed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { agreementCard, countryCard, siteCard, type PreviewCard } from '../../link-previews/cards.ts';
import { cardFonts, uncoveredCharacters } from '../../link-previews/fonts.ts';
import { sitePalette, type Palette } from '../../link-previews/palette.ts';
import { renderCard } from '../../link-previews/render.ts';
import { groupBy } from '../../utils/group-by.ts';

export const getStaticPaths = (async () => {
  const partners = (await getCollection('partners')).map((p) => p.data);
  const agreements = (await getCollection('agreements')).map((a) => a.data);
  const byPartner = groupBy(agreements, (a) => a.partner);
  const partnerOf = new Map(partners.map((p) => [p.id, p]));
  const cards: PreviewCard[] = [
    siteCard(agreements.length, partners.length),
    ...partners.map((p) => countryCard(p, byPartner.get(p.id) ?? [])),
    ...agreements.map((a) => agreementCard(a, partnerOf.get(a.partner) ?? { name: a.partner })),
  ];
  return cards.map((card) => ({
    params: { card: card.path.slice('/og/'.length, -'.png'.length) },
    props: { card },
  }));
}) satisfies GetStaticPaths;

let palette: Palette | undefined;

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as { card: PreviewCard };
  const fonts = cardFonts();
  const missing = uncoveredCharacters(`${card.eyebrow}${card.title}${card.subtitle}`, fonts.ranges);
  if (missing.length > 0) {
    console.warn(
      `link preview ${card.path}: no font for ${missing.join(' ')}; they are drawn as empty boxes (add a font to src/link-previews/fonts.ts)`,
    );
  }
  const { png } = await renderCard(card, {
    palette: (palette ??= sitePalette()),
    fonts,
    cacheDir: __LINK_PREVIEWS__.cacheDir,
    version: __LINK_PREVIEWS__.version,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
