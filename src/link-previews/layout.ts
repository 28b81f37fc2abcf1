/**
 * A preview card as the element tree satori lays out (plain objects in the shape of React elements; no JSX,
 * no HTML is parsed). The card's text comes from source documents, so it only ever becomes a text child: it
 * cannot become markup, a style or an image address. Pure.
 */
import type { Badge, PreviewCard } from './cards.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './cards.ts';
import type { Palette } from './palette.ts';
import { emblemToSvg, nameToMonogram } from '../utils/emblem.ts';
import { siteMarkSvg } from '../utils/site-mark.ts';

type Style = Record<string, string | number>;
export interface CardElement {
  type: string;
  props: { style?: Style; children?: CardElement[] | string; src?: string; width?: number; height?: number };
}

const el = (type: string, style: Style, children?: CardElement[] | string): CardElement => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

const svgDataUri = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/** The badge is 3:2, like the emblems (src/utils/emblem.ts draws them on a 30 × 20 canvas). */
const BADGE = { width: 168, height: 112 };

function badge(b: Badge, palette: Palette): CardElement {
  const frame: Style = {
    display: 'flex',
    width: BADGE.width,
    height: BADGE.height,
    flexShrink: 0,
    border: `3px solid ${palette.border}`,
    borderRadius: 8,
    overflow: 'hidden',
  };
  if (b.kind === 'monogram') {
    return el(
      'div',
      {
        ...frame,
        alignItems: 'center',
        justifyContent: 'center',
        background: palette.surface,
        color: palette.fg,
        fontSize: 52,
        fontWeight: 700,
      },
      nameToMonogram(b.name),
    );
  }
  const svg = b.kind === 'emblem' ? emblemToSvg(b.emblem) : siteMarkSvg(palette.accent);
  const inner =
    b.kind === 'emblem' ? { width: BADGE.width - 6, height: BADGE.height - 6 } : { width: 88, height: 88 };
  return {
    type: 'div',
    props: {
      style: {
        ...frame,
        alignItems: 'center',
        justifyContent: 'center',
        ...(b.kind === 'site' ? { border: 'none', background: palette.surface } : {}),
      },
      children: [{ type: 'img', props: { src: svgDataUri(svg), ...inner, style: inner } }],
    },
  };
}

/** Long names get a smaller size, so the lines the card has room for hold nearly every title. */
export function titleSize(title: string): number {
  const n = [...title].length;
  return n <= 40 ? 76 : n <= 75 ? 64 : n <= 110 ? 54 : 48;
}

/** Three lines of the large sizes fit under the badge, four of the small; a longer title ends in an ellipsis. */
const titleLines = (title: string) => (titleSize(title) >= 64 ? 3 : 4);

export function cardLayout(card: PreviewCard, palette: Palette, fontFamily: string): CardElement {
  const top = el('div', { display: 'flex', flexDirection: 'column' }, [
    el('div', { display: 'flex', alignItems: 'center' }, [
      badge(card.badge, palette),
      el(
        'div',
        {
          marginLeft: 36,
          fontSize: 28,
          fontWeight: 700,
          letterSpacing: 2,
          textTransform: 'uppercase',
          color: palette.muted,
          lineClamp: 2,
        },
        card.eyebrow,
      ),
    ]),
    el(
      'div',
      {
        marginTop: 40,
        fontSize: titleSize(card.title),
        fontWeight: 700,
        lineHeight: 1.15,
        lineClamp: titleLines(card.title),
      },
      card.title,
    ),
    el('div', { marginTop: 20, fontSize: 32, color: palette.muted, lineClamp: 2 }, card.subtitle),
  ]);
  const foot = el(
    'div',
    { display: 'flex', alignItems: 'center', fontSize: 28, fontWeight: 700, color: palette.accent },
    [
      {
        type: 'img',
        props: {
          src: svgDataUri(siteMarkSvg(palette.accent)),
          width: 36,
          height: 36,
          style: { width: 36, height: 36, marginRight: 14 },
        },
      },
      el('div', {}, 'Partnerships Atlas'),
    ],
  );
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      boxSizing: 'border-box',
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      padding: '48px 72px 44px',
      background: palette.bg,
      color: palette.fg,
      fontFamily,
      borderTop: `16px solid ${palette.accent}`,
    },
    [top, foot],
  );
}
