import DevicesOtherOutlinedIcon from '@mui/icons-material/DevicesOtherOutlined';
import SettingsBackupRestoreIcon from '@mui/icons-material/SettingsBackupRestore';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PermissionRow } from '../../../../../core/contract/permissions';
import { ROLES, type Role } from '../../../../../core/domain';
import { explainMethod } from './explainMethod';
import { RoleToggleCell } from './RoleToggleCell';

export const STICKY_CELL = { position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper', minWidth: { xs: 220, sm: 300 }, maxWidth: 420 } as const;

interface PermissionMethodRowProps {
  row: PermissionRow;
  /** The roles shown: saved ones with any unsaved edit applied. */
  roles: readonly Role[];
  isEdited: boolean;
  isReadOnly: boolean;
  onToggle(role: Role, isAllowed: boolean): void;
  onReset(): void;
}

/** One method: its name and what it does, a checkbox per role, and a way back to its default. */
export function PermissionMethodRow({ row, roles, isEdited, isReadOnly, onToggle, onReset }: PermissionMethodRowProps) {
  const { t, i18n } = useTranslation();
  const explanation = explainMethod(row, t, (key) => i18n.exists(key));
  const canReset = !isReadOnly && !row.isPublic && (row.isOverridden || isEdited);
  return (
    <TableRow hover data-testid="permission-row" data-method={row.method} data-overridden={row.isOverridden ? 'true' : 'false'}>
      <TableCell component="th" scope="row" sx={STICKY_CELL}>
        <Stack direction="row" spacing={0.75} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Box component="code" sx={{ fontFamily: '"JetBrains Mono", "DejaVu Sans Mono", monospace', fontSize: '0.82rem', fontWeight: 600 }}>
            {row.method}
          </Box>
          {row.isOverridden ? <Chip size="small" color="warning" variant="outlined" label={t('admin.permissions.overridden')} /> : null}
          {row.devices ? <Chip size="small" variant="outlined" icon={<DevicesOtherOutlinedIcon />} label={t('admin.permissions.devices')} /> : null}
        </Stack>
        <Typography variant="caption" component="p" lang={explanation.lang} sx={{ color: 'text.secondary', lineHeight: 1.35, mt: 0.25 }}>
          {explanation.text}
        </Typography>
      </TableCell>
      {row.isPublic ? (
        <TableCell colSpan={ROLES.length} align="center" sx={{ color: 'text.secondary' }}>
          {t('admin.permissions.public')}
        </TableCell>
      ) : (
        ROLES.map((role) => (
          <RoleToggleCell
            key={role}
            method={row.method}
            role={role}
            isAllowed={roles.includes(role)}
            isChanged={roles.includes(role) !== row.roles.includes(role)}
            isLocked={row.lockedRoles.includes(role)}
            isReadOnly={isReadOnly}
            onToggle={onToggle}
          />
        ))
      )}
      <TableCell align="right" sx={{ width: 52 }}>
        {canReset ? (
          <Tooltip title={t('admin.permissions.reset')}>
            <IconButton size="small" aria-label={`${t('admin.permissions.reset')}: ${row.method}`} data-testid="reset-permission" onClick={onReset}>
              <SettingsBackupRestoreIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        ) : null}
      </TableCell>
    </TableRow>
  );
}
