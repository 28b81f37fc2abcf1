/** `/agreements.csv`: the same records as `/agreements.json`, one row each, for spreadsheets. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { agreementsCsv, sortedAgreements } from '../utils/agreements.ts';

export const GET: APIRoute = async ({ site }) => {
  const records = sortedAgreements((await getCollection('agreements')).map((a) => a.data));
  return new Response(agreementsCsv(records, site), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
