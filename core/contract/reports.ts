import { z } from 'zod';
import { ZCommonAvailabilityInput, ZRoomsAvailabilityInput } from './availability';
import { method, STAFF } from './define';
import { ZScheduleRoomInput, ZScheduleUserInput } from './schedule';
import { ZStatsGlobalInput, ZStatsUserInput } from './stats';

/**
 * Every table of the finders, schedules and statistics as a CSV file: UTF-8 with a byte-order
 * mark (so spreadsheet programs show Cyrillic), a header row, and fields quoted where needed.
 * Each report takes its query's input (and which table, where a query has several) and answers
 * with the same access rules as the query itself.
 */
export const ZCsvFile = z.object({
  filename: z.string(),
  mimeType: z.literal('text/csv; charset=utf-8'),
  content: z.string(),
});
export type CsvFile = z.infer<typeof ZCsvFile>;

export const STATS_USER_TABLES = ['rooms', 'people'] as const;
export const STATS_GLOBAL_TABLES = ['busiestHours', 'topOrganizers', 'topRooms', 'rooms'] as const;

export const ZStatsUserReportInput = z.object({ ...ZStatsUserInput.shape, table: z.enum(STATS_USER_TABLES) }).strict();
export const ZStatsGlobalReportInput = z.object({ ...ZStatsGlobalInput.shape, table: z.enum(STATS_GLOBAL_TABLES) }).strict();

const report = <I extends z.ZodType>(summary: string, input: I, access: 'signedIn' | typeof STAFF) =>
  method({ summary, input, output: ZCsvFile, access });

export const reportsContract = {
  'reports.availabilityRooms': report('Free rooms (and near misses) as CSV.', ZRoomsAvailabilityInput, 'signedIn'),
  'reports.availabilityCommon': report('Common free times as CSV.', ZCommonAvailabilityInput, 'signedIn'),
  'reports.scheduleRoom': report("A room's day as CSV.", ZScheduleRoomInput, 'signedIn'),
  'reports.scheduleUser': report("A person's day as CSV.", ZScheduleUserInput, 'signedIn'),
  'reports.statsUser': report("One table of a person's statistics as CSV.", ZStatsUserReportInput, 'signedIn'),
  'reports.statsGlobal': report('One table of the global statistics as CSV.', ZStatsGlobalReportInput, STAFF),
};

/** Reports by the name used in `GET /api/v1/reports/<name>.csv`. */
export const REPORT_NAMES = Object.keys(reportsContract).map((m) => m.slice('reports.'.length));
