import UndoIcon from '@mui/icons-material/Undo';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import { useRuleForm } from './ruleFormContext';

/**
 * Where a field's value comes from: a wider scope (grey), or this scope (blue, with a way back
 * to what the wider scopes say).
 */
export function RuleSourceChip({ path, label }: { path: string; label: string }) {
  const { t } = useTranslation();
  const form = useRuleForm();
  const isOwn = form.isOwn(path);
  const source = form.source(path);
  return (
    <Stack direction="row" spacing={0.25} sx={{ alignItems: 'center', flexShrink: 0 }}>
      <Tooltip title={isOwn ? t('admin.rules.setHereHint') : t('admin.rules.inheritedHint', { scope: t(`admin.rules.source.${source}`) })}>
        <Chip
          size="small"
          variant={isOwn ? 'filled' : 'outlined'}
          color={isOwn ? 'primary' : 'default'}
          label={isOwn ? t('admin.rules.setHere') : t(`admin.rules.source.${source}`)}
          data-source={isOwn ? 'here' : source}
          data-path={path}
          sx={{ height: 22, fontSize: 12, fontWeight: 600 }}
        />
      </Tooltip>
      {isOwn && !form.isReadOnly && form.canReset(path) ? (
        <Tooltip title={t('admin.rules.reset')}>
          <IconButton size="small" aria-label={`${t('admin.rules.reset')}: ${label}`} onClick={() => form.reset(path)} data-testid="rule-reset">
            <UndoIcon sx={{ fontSize: 16 }} />
          </IconButton>
        </Tooltip>
      ) : null}
    </Stack>
  );
}
