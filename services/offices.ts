import { v7 as uuidv7 } from 'uuid';
import type { Handlers } from '../core/dispatcher';
import { notFound } from '../core/errors';
import type { Ctx } from './context';
import { toOffice } from './mappers';
import { mutate } from './mutate';

type OfficeHandlers = Pick<Handlers<Ctx>, 'offices.list' | 'offices.create' | 'offices.update'>;

const DEFAULT_WORKING_HOURS = {
  mon: [['09:00', '19:00']],
  tue: [['09:00', '19:00']],
  wed: [['09:00', '19:00']],
  thu: [['09:00', '19:00']],
  fri: [['09:00', '19:00']],
  sat: [],
  sun: [],
} satisfies Record<string, [string, string][]>;

export const officeHandlers: OfficeHandlers = {
  'offices.list': async (ctx) => {
    const offices = await ctx.store.db.models.Office.findAll({ order: [['name', 'ASC']] });
    return offices.map(toOffice);
  },

  'offices.create': (ctx, input) =>
    mutate(ctx, async (transaction) => {
      const office = await ctx.store.db.models.Office.create(
        {
          id: uuidv7(),
          name: input.name,
          timeZone: input.timeZone,
          workingHours: input.workingHours ?? DEFAULT_WORKING_HOURS,
          holidays: input.holidays ?? [],
        },
        { transaction },
      );
      return {
        value: toOffice(office),
        audit: [{ action: 'office.create', entityType: 'office', entityId: office.id, data: { name: office.name } }],
        changes: [{ entity: 'office', id: office.id, officeId: office.id, op: 'upsert' }],
      };
    }),

  'offices.update': (ctx, input) =>
    mutate(ctx, async (transaction) => {
      const office = await ctx.store.db.models.Office.findByPk(input.id, { transaction });
      if (!office) throw notFound('Office', input.id);
      const { id, ...fields } = input;
      await office.update(fields, { transaction });
      return {
        value: toOffice(office),
        audit: [{ action: 'office.update', entityType: 'office', entityId: id, data: fields }],
        changes: [{ entity: 'office', id, officeId: id, op: 'upsert' }],
      };
    }),
};
