import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../../core/domain';
import type { PermissionChange } from './permissionDiff';

/** The changes about to be saved, in words: who gains a method, who loses it, what goes back to its default. */
export function PermissionChangeList({ changes }: { changes: readonly PermissionChange[] }) {
  const { t } = useTranslation();
  const names = (roles: readonly Role[]) => roles.map((role) => t(`roles.${role}`)).join(', ');
  return (
    <Box component="ul" sx={{ pl: 2.5, my: 0, maxHeight: 260, overflow: 'auto' }}>
      {changes.map((change) => (
        <Box component="li" key={change.method} data-testid="permission-change" data-method={change.method} sx={{ mb: 1 }}>
          <Box component="code" sx={{ fontFamily: '"JetBrains Mono", "DejaVu Sans Mono", monospace', fontSize: '0.85rem', fontWeight: 600 }}>
            {change.method}
          </Box>
          {change.removed.length ? <Typography variant="body2">{t('admin.permissions.loses', { roles: names(change.removed) })}</Typography> : null}
          {change.added.length ? <Typography variant="body2">{t('admin.permissions.gains', { roles: names(change.added) })}</Typography> : null}
          {change.isToDefault ? (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t('admin.permissions.toDefault')}
            </Typography>
          ) : null}
          {change.to.length === 0 ? (
            <Typography variant="body2" sx={{ color: 'warning.dark' }}>
              {t('admin.permissions.nobody')}
            </Typography>
          ) : null}
        </Box>
      ))}
    </Box>
  );
}
