/**
 * The site's mark, a globe drawn in two strokes on a 20 × 20 canvas: beside the name in the header
 * (src/layouts/Base.astro) and on the link-preview images (src/link-previews/card.ts).
 */
export const SITE_MARK = {
  viewBox: '0 0 20 20',
  /** The outline, stroked 2 units wide. */
  circle: { cx: 10, cy: 10, r: 8.5 },
  /** The equator and two meridians, stroked 1.5 units wide. */
  lines: 'M1.5 10h17M10 1.5c-4 4.5-4 12.5 0 17M10 1.5c4 4.5 4 12.5 0 17',
} as const;

/** The mark as a standalone SVG document in one colour (#rrggbb), for pictures drawn outside a page. */
export function siteMarkSvg(colour: string): string {
  const { cx, cy, r } = SITE_MARK.circle;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${SITE_MARK.viewBox}" width="20" height="20"><circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${colour}" stroke-width="2"/><path d="${SITE_MARK.lines}" fill="none" stroke="${colour}" stroke-width="1.5"/></svg>`;
}
