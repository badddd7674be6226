import type { Transaction } from 'sequelize';
import { v7 as uuidv7 } from 'uuid';
import type { Handlers } from '../core/dispatcher';
import { AppError, notFound } from '../core/errors';
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

/**
 * Two offices with one name could not be told apart in any list, so a name is refused when another
 * office has it in any letter case. Offices are few: their names are compared here, the same on
 * every database (SQLite's lower() knows only ASCII).
 */
async function refuseTakenName(ctx: Ctx, name: string, exceptId: string | null, transaction: Transaction): Promise<void> {
  const offices = await ctx.store.db.models.Office.findAll({ attributes: ['id', 'name'], transaction });
  const wanted = name.toLocaleLowerCase();
  if (!offices.some((o) => o.id !== exceptId && o.name.toLocaleLowerCase() === wanted)) return;
  throw new AppError('CONFLICT', `There is already an office called "${name}".`, {
    key: 'errors.officeNameTaken',
    params: { name },
    details: { fields: [{ path: 'name', message: 'Another office has this name' }] },
  });
}

export const officeHandlers: OfficeHandlers = {
  'offices.list': async (ctx) => {
    const offices = await ctx.store.db.models.Office.findAll({ order: [['name', 'ASC']] });
    return offices.map(toOffice);
  },

  'offices.create': (ctx, input) =>
    mutate(ctx, async (transaction) => {
      await refuseTakenName(ctx, input.name, null, transaction);
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
      if (input.name !== undefined) await refuseTakenName(ctx, input.name, office.id, transaction);
      const { id, ...fields } = input;
      await office.update(fields, { transaction });
      return {
        value: toOffice(office),
        audit: [{ action: 'office.update', entityType: 'office', entityId: id, data: fields }],
        changes: [{ entity: 'office', id, officeId: id, op: 'upsert' }],
      };
    }),
};
