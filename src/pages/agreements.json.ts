/** `/agreements.json`: every record, with its address and verbatim source sentences. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { publicRecord, sortedAgreements } from '../utils/agreements.ts';

export const GET: APIRoute = async ({ site }) => {
  const records = sortedAgreements((await getCollection('agreements')).map((a) => a.data));
  return new Response(
    `${JSON.stringify(
      records.map((r) => publicRecord(r, site)),
      null,
      2,
    )}\n`,
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
};
