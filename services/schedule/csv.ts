import { stringify } from 'csv-stringify/sync';
import type { CsvFile } from '../../core/contract/reports';
import { formatTime } from '../../core/rules/localTime';

/**
 * CSV files for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads Cyrillic as
 * mojibake), a header row, CRLF line ends, and fields quoted by csv-stringify whenever they hold a
 * comma, a quote or a line break.
 */
export const BOM = '\uFEFF';
export const CSV_MIME = 'text/csv; charset=utf-8' as const;

export type Cell = string | number | boolean | null;

export interface Table {
  columns: string[];
  rows: Cell[][];
}

export function toCsv(table: Table): string {
  const body = stringify(table.rows, {
    header: true,
    columns: table.columns,
    record_delimiter: 'windows',
    cast: { boolean: (v) => (v ? 'yes' : 'no') },
  });
  return BOM + body;
}

/** A file name safe on every system: letters, digits, dots, dashes. */
export function csvFile(name: string, parts: readonly (string | undefined)[], table: Table): CsvFile {
  const stem = [name, ...parts.filter(Boolean)].join('-').replace(/[^A-Za-z0-9.-]+/g, '-');
  return { filename: `${stem}.csv`, mimeType: CSV_MIME, content: toCsv(table) };
}

/** "YYYY-MM-DD HH:mm" in a time zone: what a spreadsheet reads as a date and time. */
export const localTime = (iso: string, tz: string): string => formatTime(new Date(iso).getTime(), tz, '');

export const day = (iso: string): string => iso.slice(0, 10);
