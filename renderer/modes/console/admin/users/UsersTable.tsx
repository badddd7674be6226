import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../../core/contract';
import { SR_ONLY } from '../shared/srOnly';

interface UsersTableProps {
  users: readonly User[];
  officeNames: ReadonlyMap<string, string>;
  isBusy: boolean;
  onEdit?: (user: User) => void;
  /** Shown instead of rows while the first answer is on its way. */
  placeholder?: ReactNode;
}

const PAGE_SIZE = 25;
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');

function PersonCell({ user }: { user: User }) {
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
      <Avatar sx={{ width: 32, height: 32, fontSize: 13, fontWeight: 700, bgcolor: user.active ? 'primary.light' : 'action.hover', color: user.active ? 'primary.main' : 'text.secondary' }}>
        {initials(user.name)}
      </Avatar>
      <Box sx={{ minWidth: 0 }}>
        <Typography sx={{ fontWeight: 600 }} data-testid="user-name">
          {user.name}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {user.email}
        </Typography>
      </Box>
    </Stack>
  );
}

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
          <TableHead>
            <TableRow>
              <TableCell>{t('admin.users.person')}</TableCell>
              <TableCell>{t('admin.users.role')}</TableCell>
              <TableCell>{t('admin.users.office')}</TableCell>
              <TableCell>{t('admin.users.locale')}</TableCell>
              <TableCell>{t('admin.users.status')}</TableCell>
              <TableCell align="right">
                <Box component="span" sx={SR_ONLY}>
                  {t('admin.actions')}
                </Box>
              </TableCell>
            </TableRow>
          </TableHead>
          {placeholder ?? (
            <TableBody>
              {shown.map((user) => (
                <TableRow key={user.id} hover data-testid="user-row" data-email={user.email}>
                  <TableCell sx={{ py: 1 }}>
                    <PersonCell user={user} />
                  </TableCell>
                  <TableCell>{t(`roles.${user.role}`)}</TableCell>
                  <TableCell>{user.officeId ? (officeNames.get(user.officeId) ?? '—') : t('admin.users.everyOffice')}</TableCell>
                  <TableCell>{t(`language.${user.locale}`)}</TableCell>
                  <TableCell>
                    {user.active ? (
                      <Chip size="small" color="success" variant="outlined" label={t('admin.users.active')} />
                    ) : (
                      <Chip size="small" variant="outlined" label={t('admin.users.inactive')} />
                    )}
                  </TableCell>
                  <TableCell align="right">
                    {onEdit ? (
                      <Tooltip title={t('admin.users.edit')}>
                        <IconButton aria-label={`${t('admin.users.edit')}: ${user.name}`} data-testid="edit-user" onClick={() => onEdit(user)}>
                          <EditOutlinedIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          )}
        </Table>
      </TableContainer>
      {users.length > PAGE_SIZE ? (
        <TablePagination
          component="div"
          count={users.length}
          page={page}
          onPageChange={(_, next) => setPage(next)}
          rowsPerPage={PAGE_SIZE}
          rowsPerPageOptions={[PAGE_SIZE]}
        />
      ) : null}
    </Paper>
  );
}
