import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Checkbox from '@mui/material/Checkbox';
import TableCell from '@mui/material/TableCell';
import Tooltip from '@mui/material/Tooltip';
import { alpha } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../../core/domain';

interface RoleToggleCellProps {
  method: string;
  role: Role;
  isAllowed: boolean;
  /** Saved state differs from what is shown (an unsaved change). */
  isChanged: boolean;
  /** The service keeps this role (admins on the methods they need): shown, never offered. */
  isLocked: boolean;
  isReadOnly: boolean;
  onToggle(role: Role, isAllowed: boolean): void;
}

/** Whether one role may call one method, as a checkbox named for screen readers. */
export function RoleToggleCell({ method, role, isAllowed, isChanged, isLocked, isReadOnly, onToggle }: RoleToggleCellProps) {
  const { t } = useTranslation();
  const label = t('admin.permissions.cellLabel', { role: t(`roles.${role}`), method });
  const box = (
    <Checkbox
      size="small"
      checked={isAllowed}
      disabled={isReadOnly || isLocked}
      checkedIcon={isLocked ? <LockOutlinedIcon fontSize="small" /> : undefined}
      onChange={(event) => onToggle(role, event.target.checked)}
      slotProps={{ input: { 'aria-label': label, ...(isLocked ? { title: t('admin.permissions.locked') } : {}) } }}
    />
  );
  return (
    <TableCell
      align="center"
      padding="checkbox"
      data-role={role}
      data-allowed={isAllowed ? 'true' : 'false'}
      data-changed={isChanged ? 'true' : undefined}
      sx={isChanged ? { bgcolor: (theme) => alpha(theme.palette.warning.main, 0.16) } : undefined}
    >
      {isLocked ? (
        <Tooltip title={t('admin.permissions.locked')}>
          <span>{box}</span>
        </Tooltip>
      ) : (
        box
      )}
    </TableCell>
  );
}
