import TimerOutlinedIcon from '@mui/icons-material/TimerOutlined';
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../../core/contract';
import { OneTimeCode } from '../shared/OneTimeCode';
import { useNow } from '../shared/useNow';

/** "9:05" for a countdown; never negative. */
export function formatCountdown(msLeft: number): string {
  const total = Math.max(0, Math.ceil(msLeft / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** The one-time code, large, with the time left to type it on the tablet. */
export function EnrollCode({ enrolment, roomName }: { enrolment: Output<'devices.enroll'>; roomName: string }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const [shownAt] = useState(() => Date.now());
  const expiresAt = new Date(enrolment.expiresAt).getTime();
  const msLeft = expiresAt - now.getTime();
  const isExpired = msLeft <= 0;
  const share = Math.max(0, Math.min(100, (msLeft / Math.max(1, expiresAt - shownAt)) * 100));

  return (
    <Stack spacing={2} data-testid="enrol-result">
      <Typography>{t('admin.devices.codeFor', { room: roomName })}</Typography>
      <OneTimeCode code={enrolment.code} isExpired={isExpired} testId="enrol-code" />
      {isExpired ? (
        <Alert severity="warning" data-testid="enrol-expired">
          {t('admin.devices.codeExpired')}
        </Alert>
      ) : (
        <Stack spacing={0.75}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', color: 'text.secondary' }}>
            <TimerOutlinedIcon fontSize="small" />
            <Typography variant="body2" aria-live="off" data-testid="enrol-countdown">
              {t('admin.devices.expiresIn', { time: formatCountdown(msLeft) })}
            </Typography>
          </Stack>
          <LinearProgress variant="determinate" value={share} aria-label={t('admin.devices.timeLeft')} />
        </Stack>
      )}
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {t('admin.devices.codeHowTo')}
      </Typography>
    </Stack>
  );
}
