import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import topology from 'world-atlas/countries-50m.json' with { type: 'json' };
import { drawWorldMap, type MapPartner } from '../../src/charts/world-map.ts';

/** Partners as the gazetteer writes them: world-atlas feature ids are ISO numeric codes; the EU has none. */
const partner = (id: string, name: string, agreements: number, isoNumeric?: string): MapPartner => ({
  id,
  name,
  agreements,
  isoNumeric,
});
const partners = [
  partner('japan', 'Japan', 69, '392'),
  partner('germany', 'Germany', 3, '276'),
  partner('singapore', 'Singapore', 3, '702'),
  partner('european-union', 'European Union', 2),
];
const brussels = { 'european-union': { at: 'Brussels', lon: 4.35, lat: 50.85 } };

/** The bounding box of SVG path data written with absolute commands (d3-geo writes M, L and Z). */
function bounds(d: string) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [, x, y] of d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)) {
    xs.push(Number(x));
    ys.push(Number(y));
  }
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

describe('drawWorldMap', () => {
  const { map, problems } = drawWorldMap(topology as never, partners, brussels, { width: 960 });

  it('places every partner: a shape for a country, a marker for the EU and for what is too small to see', () => {
    expect(problems).toEqual([]);
    const byId = new Map(map.partners.map((p) => [p.id, p]));
    expect(byId.get('japan')!.d).toMatch(/^M/);
    expect(byId.get('japan')!.marker).toBeUndefined();
    expect(byId.get('singapore')!.marker).toBeDefined();
    expect(byId.get('european-union')).toMatchObject({ d: undefined, marker: { at: 'Brussels' } });
    expect(map.partners.map((p) => p.id)).toEqual(['japan', 'germany', 'singapore', 'european-union']);
  });

  it('puts places where they are: Japan east of India, Germany north-west of it, Brussels beside Germany', () => {
    const india = bounds(map.india);
    const japan = bounds(map.partners.find((p) => p.id === 'japan')!.d!);
    const germany = bounds(map.partners.find((p) => p.id === 'germany')!.d!);
    const eu = map.partners.find((p) => p.id === 'european-union')!.marker!;
    const singapore = map.partners.find((p) => p.id === 'singapore')!.marker!;
    expect(japan.x0).toBeGreaterThan(india.x1);
    expect(germany.x1).toBeLessThan(india.x0);
    expect(germany.y1).toBeLessThan(india.y0);
    expect(Math.abs(eu.x - germany.x0)).toBeLessThan(15);
    expect(singapore.x).toBeGreaterThan(india.x1);
    expect(singapore.y).toBeGreaterThan(india.y1);
    expect([map.width, map.height]).toEqual([960, expect.any(Number)]);
    expect(map.height).toBeGreaterThan(400);
    expect(map.height).toBeLessThan(520);
  });

  it('shades by the number of agreements, and the shape data stays small', () => {
    const shade = (id: string) => map.partners.find((p) => p.id === id)!.bin.shade;
    expect(shade('japan')).toBeGreaterThan(shade('germany'));
    expect(shade('germany')).toBe(shade('singapore'));
    expect(shade('european-union')).toBeLessThan(shade('germany'));
    const all = [map.land, map.india, ...map.partners.map((p) => p.d ?? '')].join('');
    expect(gzipSync(all).length).toBeLessThan(20 * 1024);
  });

  it('names each partner it cannot place, and what to write in content/map.yml', () => {
    const { problems } = drawWorldMap(
      topology as never,
      [
        partner('asean', 'Association of Southeast Asian Nations', 1),
        { ...partner('x', 'X', 1), isoNumeric: '999' },
      ],
      {},
    );
    expect(problems).toEqual([
      {
        partner: 'asean',
        message:
          'Association of Southeast Asian Nations has no ISO country code, so the map has no shape for it',
        fix: 'add `asean: { at: <place>, lon: <longitude>, lat: <latitude> }` under `markers:` in content/map.yml',
      },
      expect.objectContaining({ partner: 'x', message: 'world-atlas has no shape for X (ISO 999)' }),
    ]);
  });
});
