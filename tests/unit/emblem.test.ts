import { describe, expect, it } from 'vitest';
import { emblemSchema } from '../../src/schemas/emblem.ts';
import { gazetteerSchema } from '../../src/schemas/gazetteer.ts';
import { emblemToShapes, emblemToSvg, nameToMonogram } from '../../src/utils/emblem.ts';

describe('emblemToShapes', () => {
  it('draws equal horizontal bands top to bottom', () => {
    expect(emblemToShapes({ stripes: ['#000000', '#dd0000', '#ffce00'] })).toEqual([
      { kind: 'rect', x: 0, y: 0, width: 30, height: 6.67, fill: '#000000' },
      { kind: 'rect', x: 0, y: 6.67, width: 30, height: 6.67, fill: '#dd0000' },
      { kind: 'rect', x: 0, y: 13.33, width: 30, height: 6.67, fill: '#ffce00' },
    ]);
  });

  it('draws vertical bands left to right', () => {
    expect(
      emblemToShapes({ stripes: ['#000000', '#ffffff'], vertical: true }).map(
        (s) => s.kind === 'rect' && s.x,
      ),
    ).toEqual([0, 15]);
  });

  it('puts a disc in the centre on top of the field', () => {
    const shapes = emblemToShapes({ stripes: ['#ffffff'], disc: '#bc002d' });
    expect(shapes.at(-1)).toEqual({ kind: 'circle', cx: 15, cy: 10, r: 6, fill: '#bc002d' });
  });

  it('shifts a nordic cross towards the hoist and keeps crosses in the given order', () => {
    const shapes = emblemToShapes({
      stripes: ['#006aa7'],
      cross: [{ colour: '#fecc00', width: 4, nordic: true }],
    });
    expect(shapes.filter((s) => s.kind === 'line')).toEqual([
      { kind: 'line', x1: 0, y1: 10, x2: 30, y2: 10, stroke: '#fecc00', width: 4 },
      { kind: 'line', x1: 10.8, y1: 0, x2: 10.8, y2: 20, stroke: '#fecc00', width: 4 },
    ]);
  });

  it('covers the upper half of the bands, rounded up to a whole band, with the canton', () => {
    const stripes = Array.from({ length: 13 }, (_, i) => (i % 2 ? '#ffffff' : '#b22234'));
    const canton = emblemToShapes({ stripes, canton: '#3c3b6e' }).find(
      (s) => s.kind === 'rect' && s.fill === '#3c3b6e',
    );
    expect(canton).toMatchObject({ x: 0, y: 0, width: 12, height: 10.77 });
  });

  it('does not change the emblem it is given', () => {
    const emblem = { stripes: ['#ffffff'], cross: [{ colour: '#002f6c', width: 5 }] };
    const copy = structuredClone(emblem);
    emblemToShapes(emblem);
    expect(emblem).toEqual(copy);
  });
});

describe('nameToMonogram', () => {
  it('takes the initials of two words, or the first two letters of one', () => {
    expect(nameToMonogram('United Kingdom')).toBe('UK');
    expect(nameToMonogram('Japan')).toBe('JA');
    expect(nameToMonogram('Timor-Leste')).toBe('TL');
    expect(nameToMonogram('Åland Islands')).toBe('ÅI');
  });
});

describe('emblem data in the gazetteer', () => {
  it('names the field and the fix when a colour is not #rrggbb', () => {
    const result = gazetteerSchema.safeParse({
      japan: { name: 'Japan', adjective: 'Japanese', names: ['Japan'], emblem: { stripes: ['white'] } },
    });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(['japan', 'emblem', 'stripes', 0]);
    expect(issue.message).toBe('must be a colour written as #rrggbb');
  });

  it('rejects unknown emblem keys, so a misspelling is not silently ignored', () => {
    expect(emblemSchema.safeParse({ stripes: ['#ffffff'], disk: '#bc002d' }).success).toBe(false);
  });
});

describe('emblemToSvg', () => {
  it('writes the same shapes as a standalone SVG document, back to front', () => {
    const emblem = { stripes: ['#012169'], saltire: [{ colour: '#ffffff', width: 4 }] };
    const svg = emblemToSvg(emblem);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 30 20"/);
    expect(svg.match(/<(rect|circle|line)\b/g)).toHaveLength(emblemToShapes(emblem).length);
    expect(svg).toContain('<rect x="0" y="0" width="30" height="20" fill="#012169"/>');
    expect(svg).toContain('<line x1="0" y1="0" x2="30" y2="20" stroke="#ffffff" stroke-width="4"/>');
  });
});
