import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../../../../core/contract';
import { AdminTableHead } from '../shared/AdminTableHead';
import { OfficeRow } from './OfficeRow';

interface OfficesTableProps {
  offices: readonly Office[];
  /** Rooms per office id; null until counted. */
  roomCounts: ReadonlyMap<string, number> | null;
  isBusy: boolean;
  canEdit: boolean;
  onEdit(office: Office): void;
  placeholder?: ReactNode;
}

const COLUMNS = ['office', 'timeZone', 'hours', 'holidays', 'rooms'] as const;

/** Every office with its clock, working week, holidays and rooms. */
export function OfficesTable({ offices, roomCounts, isBusy, canEdit, onEdit, placeholder }: OfficesTableProps) {
  const { t } = useTranslation();
  const now = useMemo(() => new Date(), []);
  return (
    <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
      <TableContainer>
        <Table size="small" sx={{ minWidth: 760 }} aria-label={t('admin.offices.title')} aria-busy={isBusy} data-testid="offices-table">
          <AdminTableHead section="admin.offices" columns={COLUMNS} numeric={['holidays', 'rooms']} />
          {placeholder ?? (
            <TableBody>
              {offices.map((office) => (
                <OfficeRow key={office.id} office={office} rooms={roomCounts ? (roomCounts.get(office.id) ?? 0) : null} now={now} canEdit={canEdit} onEdit={onEdit} />
              ))}
            </TableBody>
          )}
        </Table>
      </TableContainer>
    </Paper>
  );
}
