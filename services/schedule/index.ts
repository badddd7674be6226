import type { Handlers } from '../../core/dispatcher';
import type { Ctx } from '../context';
import { findCommonTime } from './commonTime';
import { roomAt, roomDay, userDay } from './days';
import { findRooms } from './findRooms';
import { commonReport, roomDayReport, roomsReport, statsGlobalReport, statsUserReport, userDayReport } from './reports';
import { globalStats } from './statsGlobal';
import { userStats } from './statsUser';

/** Finding rooms and times, schedules, statistics, and each of their tables as CSV. */
type ScheduleHandlers = Pick<
  Handlers<Ctx>,
  | 'availability.rooms'
  | 'availability.common'
  | 'schedule.at'
  | 'schedule.room'
  | 'schedule.user'
  | 'stats.user'
  | 'stats.global'
  | 'reports.availabilityRooms'
  | 'reports.availabilityCommon'
  | 'reports.scheduleRoom'
  | 'reports.scheduleUser'
  | 'reports.statsUser'
  | 'reports.statsGlobal'
>;

export const scheduleHandlers: ScheduleHandlers = {
  'availability.rooms': findRooms,
  'availability.common': findCommonTime,
  'schedule.at': roomAt,
  'schedule.room': roomDay,
  'schedule.user': userDay,
  'stats.user': userStats,
  'stats.global': globalStats,
  'reports.availabilityRooms': async (ctx, input) => roomsReport(await findRooms(ctx, input), input.start),
  'reports.availabilityCommon': async (ctx, input) => commonReport((await findCommonTime(ctx, input)).slots, input.from),
  'reports.scheduleRoom': async (ctx, input) => {
    const day = await roomDay(ctx, input);
    const room = await ctx.store.db.models.Room.findByPk(day.roomId, { attributes: ['name'] });
    return roomDayReport(ctx.store.db, day, room?.name ?? 'room');
  },
  'reports.scheduleUser': async (ctx, input) => {
    const day = await userDay(ctx, input);
    const person = await ctx.store.db.models.User.findByPk(day.userId, { attributes: ['name'] });
    return userDayReport(ctx.store.db, day, person?.name ?? 'person');
  },
  'reports.statsUser': async (ctx, input) => statsUserReport(await userStats(ctx, input), input.table),
  'reports.statsGlobal': async (ctx, input) => statsGlobalReport(await globalStats(ctx, input), input.table),
};
