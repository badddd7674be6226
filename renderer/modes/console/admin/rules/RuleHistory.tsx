import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { RuleVersionView } from '../../../../../core/contract';
import { currentLanguage } from '../../../../i18n';
import { ErrorAlert } from '../shared/ErrorAlert';
import { formatDateTime } from '../shared/time';
import { usePeopleNames } from '../shared/usePeopleNames';
import { leafPaths, pathLabel } from './ruleLabels';

interface RuleHistoryProps {
  versions: readonly RuleVersionView[] | undefined;
  error: unknown;
  onRetry(): void;
  timeZone: string;
}

const SHOWN_FIELDS = 4;

/** Every stored version of the scope, newest first: who, when, why, what it sets. */
export function RuleHistory({ versions, error, onRetry, timeZone }: RuleHistoryProps) {
  const { t, i18n } = useTranslation();
  const names = usePeopleNames();
  const locale = currentLanguage(i18n.language);
  if (error) return <ErrorAlert title={t('admin.rules.historyFailed')} error={error} onRetry={onRetry} />;
  if (!versions) return <Skeleton variant="rounded" height={96} />;
  if (versions.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="rule-history-empty">
        {t('admin.rules.historyEmpty')}
      </Typography>
    );
  }
  return (
    <List dense disablePadding data-testid="rule-history">
      {versions.map((v, i) => {
        const fields = leafPaths(v.rules).map((p) => pathLabel(p, t));
        const more = fields.length - SHOWN_FIELDS;
        return (
          <ListItem key={v.id} data-testid="rule-version" data-version={v.version} sx={{ display: 'block', px: 0, py: 1, '& + &': { borderTop: 1, borderColor: 'divider' } }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography variant="body2" sx={{ fontWeight: 700 }}>
                {t('admin.rules.version', { version: v.version })}
              </Typography>
              {i === 0 ? <Chip size="small" color="primary" variant="outlined" label={t('admin.rules.current')} sx={{ height: 20 }} /> : null}
            </Stack>
            <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block' }}>
              {[formatDateTime(v.createdAt, timeZone, locale), v.authorId ? names.get(v.authorId) : t('admin.rules.system')].filter(Boolean).join(' · ')}
            </Typography>
            <Typography variant="body2" sx={{ mt: 0.25 }} data-testid="rule-version-reason">
              {v.reason || '—'}
            </Typography>
            <Typography variant="caption" sx={{ color: 'text.secondary' }}>
              {fields.length === 0 ? t('admin.rules.setsNothing') : fields.slice(0, SHOWN_FIELDS).join(', ') + (more > 0 ? ` ${t('admin.rules.andMore', { count: more })}` : '')}
            </Typography>
          </ListItem>
        );
      })}
    </List>
  );
}
