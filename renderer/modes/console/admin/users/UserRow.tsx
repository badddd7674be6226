import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../../core/contract';
import { PersonCell } from './PersonCell';

interface UserRowProps {
  user: User;
  officeName: string | undefined;
  onEdit?: ((user: User) => void) | undefined;
}

/** One person: role, office, language, whether they can sign in, and "Edit". */
export function UserRow({ user, officeName, onEdit }: UserRowProps) {
  const { t } = useTranslation();
  return (
    <TableRow hover data-testid="user-row" data-email={user.email}>
      <TableCell sx={{ py: 1 }}>
        <PersonCell user={user} />
      </TableCell>
      <TableCell>{t(`roles.${user.role}`)}</TableCell>
      <TableCell>{user.officeId ? (officeName ?? '—') : t('admin.users.everyOffice')}</TableCell>
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
  );
}
