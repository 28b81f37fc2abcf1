/**
 * Agencies as "Long Name (ACRONYM)", so a party is recognised by either form in
 * any document: India's in `content/agencies.yml`, each partner's in
 * `content/partners.yml` (`agencies:`).
 */
import { z } from 'zod';

export interface Agency {
  name: string;
  acronym: string;
}

export const agencySchema = z
  .string()
  .regex(
    /^[^()]+ \([^()]+\)$/,
    'write the agency as "Long Name (ACRONYM)", e.g. "Department of Atomic Energy (DAE)"',
  )
  .transform((s): Agency => {
    const [, name, acronym] = /^(.+) \((.+)\)$/u.exec(s)!;
    return { name: name!, acronym: acronym! };
  });

export const agenciesSchema = z.strictObject({ india: z.array(agencySchema).min(1) });
export type Agencies = z.infer<typeof agenciesSchema>;
