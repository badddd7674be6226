import QueryStatsOutlinedIcon from '@mui/icons-material/QueryStatsOutlined';
import SaveOutlinedIcon from '@mui/icons-material/SaveOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

interface RulesActionsProps {
  changes: number;
  isReadOnly: boolean;
  isPreviewing: boolean;
  onPreview(): void;
  onSave(): void;
  onDiscard(): void;
}

/** How many rules changed, and what to do with them: look at the impact, save, or drop. */
export function RulesActions({ changes, isReadOnly, isPreviewing, onPreview, onSave, onDiscard }: RulesActionsProps) {
  const { t } = useTranslation();
  if (isReadOnly) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="rules-read-only">
        {t('admin.rules.readOnly')}
      </Typography>
    );
  }
  return (
    <Stack spacing={1.25}>
      <Typography variant="body2" aria-live="polite" data-testid="rules-changes" sx={{ fontWeight: 600, color: changes ? 'primary.main' : 'text.secondary' }}>
        {changes ? t('admin.rules.changes', { count: changes }) : t('admin.rules.noChanges')}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button variant="outlined" startIcon={<QueryStatsOutlinedIcon />} onClick={onPreview} disabled={!changes || isPreviewing} data-testid="rules-preview-button">
          {t('admin.rules.preview')}
        </Button>
        <Button variant="contained" startIcon={<SaveOutlinedIcon />} onClick={onSave} disabled={!changes} data-testid="rules-save-button">
          {t('admin.rules.save')}
        </Button>
        <Button onClick={onDiscard} disabled={!changes}>
          {t('admin.rules.discard')}
        </Button>
      </Stack>
    </Stack>
  );
}
