import { z } from 'zod';

/**
 * What a live poke says about a committed change: which kind of record, which one, in which
 * office, and whether it was written or removed. Never the data: a client that cares asks the API
 * again, whose answers follow the caller's rights. Door tablets get only `entity`.
 */
export const ZChangeNote = z.object({
  entity: z.string().min(1).max(40),
  id: z.string().max(200).optional(),
  officeId: z.string().nullable().optional(),
  op: z.enum(['upsert', 'delete']).optional(),
});
export type ChangeNote = z.infer<typeof ZChangeNote>;
