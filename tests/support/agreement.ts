import type { Agreement } from '../../src/schemas/agreement.ts';

/** A valid agreement record for unit tests: only the fields a test cares about need saying. */
export function agreement(fields: Partial<Agreement> & { id: string }): Agreement {
  return {
    name: fields.id,
    type: 'mou',
    partner: 'japan',
    date: null,
    parties: [],
    sectors: ['general'],
    status: null,
    parent: null,
    aliases: [],
    sources: [{ source: 'a-source', quote: `${fields.id} was signed.`, anchor: 'p-1' }],
    ...fields,
  };
}
