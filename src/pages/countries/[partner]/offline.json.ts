/**
 * `/countries/<id>/offline.json`: the addresses "Save this country for offline
 * reading" fetches into the reader's cache (src/client/offline/save-country.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { countryOfflinePaths } from '../../../utils/country-pages.ts';

export const getStaticPaths = (async () =>
  (await getCollection('partners')).map((p) => ({ params: { partner: p.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const partner = params['partner']!;
  const sources = (await getCollection('passages', (e) => e.data.partner === partner)).map(
    (e) => e.data.source,
  );
  const agreements = (await getCollection('agreements', (a) => a.data.partner === partner)).map(
    (a) => a.data,
  );
  return new Response(`${JSON.stringify({ pages: countryOfflinePaths(partner, sources, agreements) })}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
