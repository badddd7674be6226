import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import TablePagination from '@mui/material/TablePagination';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../../core/contract';
import { UserRow } from './UserRow';
import { AdminTableHead } from '../shared/AdminTableHead';

interface UsersTableProps {
  users: readonly User[];
  officeNames: ReadonlyMap<string, string>;
  isBusy: boolean;
  onEdit?: (user: User) => void;
  /** Shown instead of rows while the first answer is on its way. */
  placeholder?: ReactNode;
}

const PAGE_SIZE = 25;
const COLUMNS = ['person', 'role', 'office', 'locale', 'status'] as const;

/** People, a page at a time, with their role, office, language and whether they can sign in. */
export function UsersTable({ users, officeNames, isBusy, onEdit, placeholder }: UsersTableProps) {
  const { t } = useTranslation();
  const [wantedPage, setPage] = useState(0);
  // A narrower filter may leave fewer pages than the one that was open.
  const page = Math.min(wantedPage, Math.max(0, Math.ceil(users.length / PAGE_SIZE) - 1));
  const shown = users.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  return (
    <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
      <TableContainer>
        <Table size="small" aria-label={t('admin.users.title')} aria-busy={isBusy} data-testid="user-table" sx={{ opacity: isBusy ? 0.6 : 1 }}>
          <AdminTableHead section="admin.users" columns={COLUMNS} />
          {placeholder ?? (
            <TableBody>
              {shown.map((user) => (
                <UserRow key={user.id} user={user} officeName={user.officeId ? officeNames.get(user.officeId) : undefined} onEdit={onEdit} />
              ))}
            </TableBody>
          )}
        </Table>
      </TableContainer>
      {users.length > PAGE_SIZE ? (
        <TablePagination component="div" count={users.length} page={page} onPageChange={(_, next) => setPage(next)} rowsPerPage={PAGE_SIZE} rowsPerPageOptions={[PAGE_SIZE]} />
      ) : null}
    </Paper>
  );
}
