import { z } from 'zod';
import { ZDay, ZId, ZTimeZone } from '../domain';
import { ZWeekHoursPatch } from '../rules/schema';
import { method } from './define';
import { ZEmpty, ZOffice } from './common';

export const ZCreateOfficeInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    timeZone: ZTimeZone,
    /** Checked like a rule set's hours: the engine reads them under the office's rules. */
    workingHours: ZWeekHoursPatch.optional(),
    holidays: z.array(ZDay).max(366).optional(),
  })
  .strict();
export type CreateOfficeInput = z.infer<typeof ZCreateOfficeInput>;

export const ZUpdateOfficeInput = ZCreateOfficeInput.partial().extend({ id: ZId }).strict();
export type UpdateOfficeInput = z.infer<typeof ZUpdateOfficeInput>;

export const officesContract = {
  'offices.list': method({
    summary: 'All offices.',
    input: ZEmpty,
    output: z.array(ZOffice),
    access: 'signedIn',
  }),
  'offices.create': method({
    summary: 'Create an office with its time zone, working hours and holidays.',
    input: ZCreateOfficeInput,
    output: ZOffice,
    access: ['admin'],
  }),
  'offices.update': method({
    summary: 'Change an office.',
    input: ZUpdateOfficeInput,
    output: ZOffice,
    access: ['admin'],
  }),
};
