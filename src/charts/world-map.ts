/**
 * The world map, drawn at build time: country shapes from world-atlas
 * (Natural Earth, TopoJSON), simplified with topojson-simplify and projected
 * with d3-geo's Equal Earth projection into SVG path data. India is marked;
 * each partner is shaded by its number of agreements; a partner too small to
 * see at this scale (Singapore) or with no shape at all (the European Union)
 * also gets a marker. Every other country is merged into one shape of land,
 * which keeps the SVG small. Pure: the topology and the partners come in, path
 * strings and problems come out.
 */
import { geoArea, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type {
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import type { Feature, Geometry, MultiPolygon, Position } from 'geojson';
import type { MapMarker } from '../schemas/map.ts';
import { binOf, countBins, type CountBin } from './count-bins.ts';

/** India's ISO 3166 numeric code: the world-atlas id of the country this site is about. */
export const INDIA = '356';
/** Antarctica: no partner, and a band of white across the foot of the map. */
const ANTARCTICA = '010';

export interface MapPartner {
  id: string;
  name: string;
  agreements: number;
  /** ISO 3166 numeric code (the world-atlas feature id); undefined for a partner that is not a country. */
  isoNumeric: string | undefined;
}

export interface PartnerMark {
  id: string;
  name: string;
  agreements: number;
  /** The partner's class: its step on the shading ramp and its legend entry. */
  bin: CountBin;
  /** The country's outline; undefined when the atlas has none or it is too small to see. */
  d: string | undefined;
  /** Where a marker stands, for what is too small to see or has no shape. */
  marker: { x: number; y: number; at: string | undefined } | undefined;
}

export interface WorldMap {
  width: number;
  height: number;
  /** Every country that is neither India nor a partner, as one shape. */
  land: string;
  india: string;
  /** Most agreements first, then by name. */
  partners: PartnerMark[];
  bins: CountBin[];
}

/** A partner the map cannot place: what is wrong and what to do. */
export interface MapProblem {
  partner: string;
  message: string;
  fix: string;
}

export interface MapOptions {
  /** Width of the drawing in SVG units; the height follows from the projection. */
  width?: number;
  /** Share of the atlas's points kept by simplification (0–1]. */
  keep?: number;
  /** A partner shape smaller than this (SVG units squared) also gets a marker. */
  minArea?: number;
}

type Polygons = TopoPolygon | TopoMultiPolygon;
type CountriesTopology = Topology<{
  countries: { type: 'GeometryCollection'; geometries: GeometryObject[] };
}>;

const simplified = new WeakMap<object, Map<number, CountriesTopology>>();

/** The topology with `keep` of its points, by visual importance; once per topology and share. */
function simplifiedTopology(topology: CountriesTopology, keep: number): CountriesTopology {
  let byKeep = simplified.get(topology);
  if (!byKeep) simplified.set(topology, (byKeep = new Map()));
  let t = byKeep.get(keep);
  if (!t) {
    const weighted = presimplify(topology as never) as unknown as CountriesTopology;
    t = simplify(weighted as never, quantile(weighted as never, keep)) as unknown as CountriesTopology;
    byKeep.set(keep, t);
  }
  return t;
}

/** One country of the topology as GeoJSON geometry. */
const geometryOf = (t: CountriesTopology, g: GeometryObject): Geometry =>
  (feature(t, g as Polygons) as Feature<Geometry>).geometry;

const polygonsOf = (g: Geometry): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];

/**
 * Simplifying in longitude and latitude can turn a small ring inside out, which d3-geo (spherical, winding
 * matters) reads as "the whole globe but this": such a polygon covers more than a hemisphere and is reversed.
 * Parts smaller than `minSteradians` are dropped (islands of a few hundred km², invisible at this scale).
 */
function cleanPolygons(g: Geometry, minSteradians = 0): MultiPolygon {
  const coordinates = polygonsOf(g)
    .map((p) =>
      geoArea({ type: 'Polygon', coordinates: p }) > 2 * Math.PI ? p.map((r) => [...r].reverse()) : p,
    )
    .filter((p) => minSteradians === 0 || geoArea({ type: 'Polygon', coordinates: p }) >= minSteradians);
  return { type: 'MultiPolygon', coordinates };
}

/** Places India and each partner on a world map; problems name each partner it cannot place. */
export function drawWorldMap(
  topology: CountriesTopology,
  partners: readonly MapPartner[],
  markers: Readonly<Record<string, MapMarker>>,
  { width = 960, keep = 0.05, minArea = 64 }: MapOptions = {},
): { map: WorldMap; problems: MapProblem[] } {
  const t = simplifiedTopology(topology, keep);
  const geometries = t.objects.countries.geometries.filter((g) => g.id !== ANTARCTICA);
  const originals = new Map(topology.objects.countries.geometries.map((g) => [g.id, g]));
  const byId = new Map(geometries.map((g) => [g.id, g]));
  const partnerIds = new Set(partners.flatMap((p) => (p.isoNumeric ? [p.isoNumeric] : [])));
  const shapeOf = (id: string) => cleanPolygons(geometryOf(t, byId.get(id)!));

  const land = cleanPolygons(
    merge(
      t as never,
      geometries.filter((g) => g.id !== INDIA && !partnerIds.has(String(g.id))) as Polygons[],
    ),
    1e-5,
  );
  const world = {
    type: 'GeometryCollection' as const,
    geometries: [land, ...geometries.map((g) => geometryOf(t, g))],
  };
  const projection = geoEqualEarth().fitWidth(width, world);
  const path = geoPath(projection).digits(0);
  const height = Math.ceil(path.bounds(world)[1][1]);
  const point = (lon: number, lat: number) => {
    const [x, y] = projection([lon, lat]) ?? [0, 0];
    return { x: Math.round(x), y: Math.round(y) };
  };

  const bins = countBins(Math.max(1, ...partners.map((p) => p.agreements)), {
    withZero: partners.some((p) => p.agreements === 0),
  });
  const problems: MapProblem[] = [];
  const marks = [...partners]
    .sort((a, b) => b.agreements - a.agreements || a.name.localeCompare(b.name, 'en'))
    .flatMap((p): PartnerMark[] => {
      const base = { id: p.id, name: p.name, agreements: p.agreements, bin: binOf(bins, p.agreements) };
      const place = markers[p.id];
      if (place) return [{ ...base, d: undefined, marker: { ...point(place.lon, place.lat), at: place.at } }];
      if (!p.isoNumeric) {
        problems.push({
          partner: p.id,
          message: `${p.name} has no ISO country code, so the map has no shape for it`,
          fix: `add \`${p.id}: { at: <place>, lon: <longitude>, lat: <latitude> }\` under \`markers:\` in content/map.yml`,
        });
        return [];
      }
      if (!byId.has(p.isoNumeric)) {
        problems.push({
          partner: p.id,
          message: `world-atlas has no shape for ${p.name} (ISO ${p.isoNumeric})`,
          fix: `add \`${p.id}: { at: <place>, lon: <longitude>, lat: <latitude> }\` under \`markers:\` in content/map.yml`,
        });
        return [];
      }
      const shape = shapeOf(p.isoNumeric);
      const area = path.area(shape);
      if (area >= minArea) return [{ ...base, d: path(shape) ?? undefined, marker: undefined }];
      // Too small to see or to point at: a marker at the centre of the full-detail shape.
      const [lon, lat] = geoCentroid(geometryOf(topology, originals.get(p.isoNumeric)!));
      return [
        {
          ...base,
          d: area >= 1 ? (path(shape) ?? undefined) : undefined,
          marker: { ...point(lon, lat), at: undefined },
        },
      ];
    });

  return {
    map: { width, height, land: path(land) ?? '', india: path(shapeOf(INDIA)) ?? '', partners: marks, bins },
    problems,
  };
}
