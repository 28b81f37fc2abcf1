/**
 * How the project decides that two names, or two parties, are the same: one definition for the ingest
 * (merging mentions into records) and the pages (records that share a party).
 */

/** Normalised for comparison: "Science & Technology" = "science and technology", "Co-operation" = "cooperation". */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/co-?operation/g, 'cooperation')
    .replace(/co-?operative/g, 'cooperative')
    .replace(/programme/g, 'program')
    .replace(/centre/g, 'center')
    .replace(/organisation/g, 'organization')
    .replace(/beam line/g, 'beamline')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(?:the|a|an)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A party is known by its acronym where a source gives one, else by its normalised name. */
export function partyKey(party: { name: string; acronym: string | null }): string {
  return party.acronym ?? nameKey(party.name);
}
