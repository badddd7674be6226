import TaskAltRoundedIcon from '@mui/icons-material/TaskAltRounded';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { formatTime } from '../model/format';
import { FREE_GREEN } from './BookSheet';
import { KioskSheet } from './KioskSheet';

/** Another room was booked from this door: where it is and until when. */
export function TakenSheet({ room, end, timeZone, onDone }: {
  room: { name: string; floor: number | null };
  end: string;
  timeZone: string;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  return (
    <KioskSheet
      open
      onClose={onDone}
      testId="taken"
      accent={FREE_GREEN}
      icon={<TaskAltRoundedIcon sx={{ fontSize: 40 }} />}
      title={t('kiosk.taken.title', { room: room.name })}
      actions={
        <Button variant="contained" onClick={onDone} data-testid="taken-done" sx={{ minHeight: 72, fontSize: '1.35rem', fontWeight: 800, bgcolor: FREE_GREEN, '&:hover': { bgcolor: '#074A20' } }}>
          {t('kiosk.taken.done')}
        </Button>
      }
    >
      {room.floor !== null ? (
        <Typography sx={{ fontSize: '1.6rem', fontWeight: 750, mb: 1 }}>{t('kiosk.taken.floor', { floor: room.floor })}</Typography>
      ) : null}
      <Typography sx={{ fontSize: '1.35rem' }}>{t('kiosk.taken.body', { time: formatTime(end, timeZone, locale) })}</Typography>
    </KioskSheet>
  );
}
