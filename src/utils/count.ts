/**
 * A number and its noun, singular for exactly one: "1 source", "4 passages".
 * One helper, so no page says "1 sources" (the country pages' descriptions did).
 */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
