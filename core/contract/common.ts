import { z } from 'zod';
import { ZId, ZLocale, ZRole, ZTimeZone, ZWorkingHours, ZDay } from '../domain';

export const ZEmpty = z.object({}).strict();
export const ZById = z.object({ id: ZId }).strict();

export const ZUser = z.object({
  id: ZId,
  email: z.string(),
  name: z.string(),
  role: ZRole,
  officeId: ZId.nullable(),
  locale: ZLocale,
  active: z.boolean(),
});
export type User = z.infer<typeof ZUser>;

export const ZOffice = z.object({
  id: ZId,
  name: z.string(),
  timeZone: ZTimeZone,
  workingHours: ZWorkingHours,
  holidays: z.array(ZDay),
});
export type Office = z.infer<typeof ZOffice>;
