import StopCircleRoundedIcon from '@mui/icons-material/StopCircleRounded';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { KioskSheet } from './KioskSheet';

const BUSY_RED = '#A0141A';

/** Ending frees the rest of the meeting for everyone, so the door asks once. */
export function EndSheet({ isBusy, onConfirm, onKeep }: { isBusy: boolean; onConfirm: () => void; onKeep: () => void }) {
  const { t } = useTranslation();
  return (
    <KioskSheet
      open
      onClose={onKeep}
      testId="end-sheet"
      accent={BUSY_RED}
      icon={<StopCircleRoundedIcon sx={{ fontSize: 40 }} />}
      title={t('kiosk.end.title')}
      actions={
        <>
          <Button variant="outlined" onClick={onKeep} disabled={isBusy} sx={{ minHeight: 72, fontSize: '1.3rem', borderWidth: 2 }}>
            {t('kiosk.end.keep')}
          </Button>
          <Button
            variant="contained"
            data-testid="end-confirm"
            onClick={onConfirm}
            disabled={isBusy}
            sx={{ minHeight: 72, fontSize: '1.35rem', fontWeight: 800, bgcolor: BUSY_RED, '&:hover': { bgcolor: '#7C0F14' } }}
          >
            {t('kiosk.end.confirm')}
          </Button>
        </>
      }
    >
      <Typography sx={{ fontSize: '1.35rem' }}>{t('kiosk.end.body')}</Typography>
    </KioskSheet>
  );
}
