import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Agreement } from '../../src/schemas/agreement.ts';
import type { Partner } from '../../src/schemas/source.ts';
import { drawingVersion } from '../../src/integrations/link-previews.ts';
import {
  agreementCard,
  countryCard,
  previewAlt,
  siteCard,
  type PreviewCard,
} from '../../src/link-previews/cards.ts';
import { cardFonts, parseUnicodeRanges, uncoveredCharacters } from '../../src/link-previews/fonts.ts';
import { cardLayout, type CardElement } from '../../src/link-previews/layout.ts';
import { paletteFromCss, sitePalette } from '../../src/link-previews/palette.ts';
import { renderCard, renderCardPng } from '../../src/link-previews/render.ts';

const japan: Partner = {
  id: 'japan',
  name: 'Japan',
  adjective: 'Japanese',
  names: ['Japan', 'Japanese'],
  sources: 1,
  passages: 12,
  topics: [],
  emblem: { stripes: ['#ffffff'], disc: '#bc002d' },
};
const record = (over: Partial<Agreement>): Agreement => ({
  id: 'india-japan-science-council-1992',
  name: 'India Japan Science Council',
  type: 'institution',
  partner: 'japan',
  date: '1992',
  parties: [],
  sectors: ['general'],
  status: null,
  parent: null,
  aliases: [],
  sources: [{ source: 's', quote: 'q', anchor: 'p-q' }],
  ...over,
});

describe('preview cards', () => {
  it('say what a country page is about: its agreements, sources and years', () => {
    const card = countryCard(japan, [
      record({ date: '2019-03' }),
      record({ date: '1985' }),
      record({ date: null }),
    ]);
    expect(card).toEqual({
      path: '/og/countries/japan.png',
      badge: { kind: 'emblem', emblem: japan.emblem },
      eyebrow: 'Science and technology partner',
      title: 'India and Japan',
      subtitle: '3 agreements from 1 source, 1985–2019',
    });
    expect(countryCard({ ...japan, sources: 2 }, []).subtitle).toBe('0 agreements from 2 sources');
  });

  it('give an agreement its type, date as people read it, and partner; a partner without emblem a monogram', () => {
    const card = agreementCard(record({ type: 'mou', date: '2006-12-08' }), { name: 'European Union' });
    expect(card.path).toBe('/og/agreements/india-japan-science-council-1992.png');
    expect(card.eyebrow).toBe('Memorandum of understanding · 8 December 2006');
    expect(card.subtitle).toBe('India and European Union');
    expect(card.badge).toEqual({ kind: 'monogram', name: 'European Union' });
    expect(agreementCard(record({ date: null }), japan).eyebrow).toBe('Institution · Date not stated');
  });

  it('have a text alternative that says everything the picture says', () => {
    expect(previewAlt(siteCard(1, 7))).toBe(
      'Agreements, MoUs, programmes and joint labs: India’s science and technology partnerships. 1 agreement with 7 partners, each traced to its source.',
    );
  });
});

/** Every string in the tree, with where it sits: as a text child, or as an attribute. */
function strings(node: CardElement): { text: string[]; attributes: string[] } {
  const { children, style, ...rest } = node.props;
  const own = {
    text: typeof children === 'string' ? [children] : [],
    attributes: [...Object.values(rest), ...Object.values(style ?? {})].map(String),
  };
  const below = Array.isArray(children) ? children.map(strings) : [];
  return {
    text: [...own.text, ...below.flatMap((b) => b.text)],
    attributes: [...own.attributes, ...below.flatMap((b) => b.attributes)],
  };
}

describe('the card layout', () => {
  const palette = sitePalette();
  it('puts source text only in text children, never in an attribute, a style or an image', () => {
    const hostile = '<img src=x onerror=alert(1)> {constructor} url(javascript:alert(1))';
    const card: PreviewCard = { ...agreementCard(record({ name: hostile }), japan), subtitle: hostile };
    const { text, attributes } = strings(cardLayout(card, palette, 'Noto'));
    expect(text).toContain(hostile);
    expect(attributes.filter((a) => a.includes('onerror') || a.includes('javascript'))).toEqual([]);
  });

  it('draws the emblem from the gazetteer data, and the monogram as text', () => {
    const flag = strings(cardLayout(countryCard(japan, []), palette, 'Noto')).attributes.find((a) =>
      a.startsWith('data:image/svg+xml;base64,'),
    );
    const svg = Buffer.from(flag!.split(',')[1]!, 'base64').toString();
    expect(svg).toContain('<circle cx="15" cy="10" r="6" fill="#bc002d"/>');
    const { text } = strings(
      cardLayout(agreementCard(record({}), { name: 'European Union' }), palette, 'Noto'),
    );
    expect(text).toContain('EU');
  });
});

describe('the card palette', () => {
  it('is the light theme of the site stylesheet', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const palette = sitePalette();
    for (const [token, value] of Object.entries(palette))
      expect(css).toContain(`--${token}: light-dark(${value}, `);
    const plain =
      ':root { --bg: #FFFFFF; --fg: light-dark(#1b1f23, #e8eaed); --muted: #4f5862; --accent: #0b5d4b; --border: #d5dadf; --surface: #f4f6f8; }';
    expect(paletteFromCss(plain, 'x.css')).toEqual({
      bg: '#ffffff',
      fg: '#1b1f23',
      muted: '#4f5862',
      accent: '#0b5d4b',
      border: '#d5dadf',
      surface: '#f4f6f8',
    });
  });
  it('names the file and the token when one is missing', () => {
    expect(() => paletteFromCss(':root { --bg: #ffffff; --fg: red; }', 'x.css')).toThrow(
      'x.css: the first :root block has no --fg written as #rrggbb',
    );
  });
});

describe('the card fonts', () => {
  it('read unicode-range lists', () => {
    expect(parseUnicodeRanges('U+0000-00FF, U+0131,U+20B9')).toEqual([
      [0, 255],
      [0x131, 0x131],
      [0x20b9, 0x20b9],
    ]);
  });
  it('cover Latin, Devanagari and the rupee sign, and name what they cannot draw', () => {
    const { ranges, fonts } = cardFonts();
    expect(fonts.length).toBeGreaterThan(4);
    expect(uncoveredCharacters('India–Japan “Ōsaka” भारत ₹ €', ranges)).toEqual([]);
    expect(uncoveredCharacters('日本 and 日本', ranges)).toEqual(['日', '本']);
  });
});

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('rendering', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-previews-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const options = { palette: sitePalette(), fonts: cardFonts(), cacheDir: join(dir, 'cache'), version: 'v1' };

  it('makes the same 1200 × 630 PNG from the same card, every time', async () => {
    const card = countryCard(japan, [record({})]);
    const a = await renderCardPng(card, options.palette, options.fonts);
    const b = await renderCardPng(card, options.palette, options.fonts);
    expect(a.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngSize(a)).toEqual({ width: 1200, height: 630 });
    expect(a.equals(b)).toBe(true);
    const other = await renderCardPng(
      { ...card, title: 'India and Germany' },
      options.palette,
      options.fonts,
    );
    expect(other.equals(a)).toBe(false);
  });

  it('renders a card once and then reads it from the cache, until the card or the drawing code changes', async () => {
    const card = agreementCard(record({}), japan);
    const first = await renderCard(card, options);
    const again = await renderCard(card, options);
    expect([first.cached, again.cached]).toEqual([false, true]);
    expect(again.png.equals(first.png)).toBe(true);
    expect((await renderCard({ ...card, subtitle: 'India and Finland' }, options)).cached).toBe(false);
    expect((await renderCard(card, { ...options, version: 'v2' })).cached).toBe(false);
    expect(readdirSync(options.cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(3);
    expect((await renderCard(card, { ...options, cacheDir: undefined })).cached).toBe(false);
  });

  it('versions the drawing code: editing it invalidates every cached image', () => {
    const root = join(dir, 'project');
    mkdirSync(join(root, 'draw'), { recursive: true });
    writeFileSync(join(root, 'draw', 'layout.ts'), 'a');
    writeFileSync(join(root, 'lock.json'), '1');
    const before = drawingVersion(root, ['draw', 'lock.json']);
    expect(drawingVersion(root, ['draw', 'lock.json'])).toBe(before);
    writeFileSync(join(root, 'draw', 'layout.ts'), 'b');
    expect(drawingVersion(root, ['draw', 'lock.json'])).not.toBe(before);
    // The real list names files that exist.
    expect(drawingVersion(process.cwd())).toMatch(/^[0-9a-f]{64}$/);
  });
});
