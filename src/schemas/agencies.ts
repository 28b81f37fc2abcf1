/**
 * `content/agencies.yml`: India's own agencies as "Long Name (ACRONYM)", so a
 * party is recognised by either form in any document.
 */
import { z } from 'zod';

export const agencySchema = z
  .string()
  .regex(
    /^[^()]+ \([^()]+\)$/,
    'write the agency as "Long Name (ACRONYM)", e.g. "Department of Atomic Energy (DAE)"',
  );

export const agenciesSchema = z.strictObject({ india: z.array(agencySchema).min(1) });
export type Agencies = z.infer<typeof agenciesSchema>;
