import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { BackToRoomsButton } from '../BackToRoomsButton';
import { useBoardOffice } from '../board/useBoardOffice';
import { zoneCity, zoneOffset } from '../booking/officeTime';
import { EmptyState, ErrorState } from '../booking/PageState';
import { useAbilities } from '../booking/useAbilities';
import { FindTimeSearch } from './FindTimeSearch';

/** "Find a time": when every person given is free, in working hours, with a room for all if asked. */
export function FindTimePage() {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const { office, isFallback, error, reload } = useBoardOffice();
  const abilities = useAbilities();

  if (!abilities.isLoading && !abilities.may('availability.common')) {
    return <EmptyState icon={<LockOutlinedIcon />} title={t('findTime.notAllowedTitle')} body={t('findTime.notAllowedHint')} action={<BackToRoomsButton />} testId="find-forbidden" />;
  }
  return (
    <Stack spacing={2.5} data-testid="find-time">
      <Box>
        <Typography variant="h4" component="h1">
          {t('findTime.title')}
        </Typography>
        <Typography sx={{ color: 'text.secondary', mt: 0.5 }}>{t('findTime.intro')}</Typography>
        {office ? (
          <Typography sx={{ color: 'text.secondary', fontWeight: 600 }} data-testid="find-zone">
            {t('findTime.zone', { office: office.name, zone: zoneCity(office.timeZone), offset: zoneOffset(office.timeZone, Date.now(), locale) })}
          </Typography>
        ) : null}
      </Box>
      {isFallback && office ? <Alert severity="info">{t('findTime.officeFallback', { office: office.name })}</Alert> : null}
      {error ? (
        <ErrorState title={t('findTime.officeErrorTitle')} error={error} onRetry={reload} testId="find-office-error" />
      ) : !office ? (
        <LinearProgress aria-label={t('app.loading')} />
      ) : (
        // Another office starts a fresh search: its clock, rooms and people differ.
        <FindTimeSearch key={office.id} office={office} abilities={abilities} />
      )}
    </Stack>
  );
}
