/**
 * Emblem data (src/schemas/emblem.ts) to SVG shapes on a 30 × 20 canvas, and
 * a country name to the monogram shown when a country has no emblem data.
 */
import type { Emblem } from '../schemas/emblem.ts';

export const EMBLEM_WIDTH = 30;
export const EMBLEM_HEIGHT = 20;

export type EmblemShape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number };

const round = (n: number) => Math.round(n * 100) / 100;

/** The shapes of an emblem, back to front. */
export function emblemToShapes(emblem: Emblem): EmblemShape[] {
  const W = EMBLEM_WIDTH;
  const H = EMBLEM_HEIGHT;
  const n = emblem.stripes.length;
  const stripes: EmblemShape[] = emblem.stripes.map((fill, i) =>
    emblem.vertical
      ? { kind: 'rect', x: round((i * W) / n), y: 0, width: round(W / n), height: H, fill }
      : { kind: 'rect', x: 0, y: round((i * H) / n), width: W, height: round(H / n), fill },
  );
  const saltires: EmblemShape[] = (emblem.saltire ?? []).flatMap(({ colour, width }) => [
    { kind: 'line', x1: 0, y1: 0, x2: W, y2: H, stroke: colour, width },
    { kind: 'line', x1: 0, y1: H, x2: W, y2: 0, stroke: colour, width },
  ]);
  const crosses: EmblemShape[] = (emblem.cross ?? []).flatMap(({ colour, width, nordic }) => {
    const x = nordic ? round(W * 0.36) : W / 2;
    return [
      { kind: 'line', x1: 0, y1: H / 2, x2: W, y2: H / 2, stroke: colour, width },
      { kind: 'line', x1: x, y1: 0, x2: x, y2: H, stroke: colour, width },
    ];
  });
  // The canton covers the upper half of the bands, rounded up to a whole band (7 of 13).
  const canton: EmblemShape[] = emblem.canton
    ? [
        {
          kind: 'rect',
          x: 0,
          y: 0,
          width: round(W * 0.4),
          height: round((Math.ceil(n / 2) * H) / n),
          fill: emblem.canton,
        },
      ]
    : [];
  const disc: EmblemShape[] = emblem.disc
    ? [{ kind: 'circle', cx: W / 2, cy: H / 2, r: round(H * 0.3), fill: emblem.disc }]
    : [];
  return [...stripes, ...saltires, ...crosses, ...canton, ...disc];
}

/** "United Kingdom" → "UK", "Japan" → "JA": initials of up to two words, else the first two letters. */
export function nameToMonogram(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  const letters =
    words.length >= 2 ? words.slice(0, 2).map((w) => w[0]) : [...(words[0] ?? name).slice(0, 2)];
  return letters.join('').toUpperCase();
}

/**
 * An emblem as a standalone SVG document, for pictures drawn outside a page (the link-preview images of
 * src/link-previews/). The shapes are the ones CountryEmblem.astro draws; every value in them is a number or a
 * colour the schema has checked (#rrggbb), so nothing needs escaping.
 */
export function emblemToSvg(emblem: Emblem): string {
  const shapes = emblemToShapes(emblem).map((s) =>
    s.kind === 'rect'
      ? `<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" fill="${s.fill}"/>`
      : s.kind === 'circle'
        ? `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${s.fill}"/>`
        : `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${s.stroke}" stroke-width="${s.width}"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${EMBLEM_WIDTH} ${EMBLEM_HEIGHT}" width="${EMBLEM_WIDTH}" height="${EMBLEM_HEIGHT}">${shapes.join('')}</svg>`;
}
