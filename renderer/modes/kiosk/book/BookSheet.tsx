import EventAvailableRoundedIcon from '@mui/icons-material/EventAvailableRounded';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WalkUpOfferView } from '../../../../core/contract/kiosk';
import { currentLanguage } from '../../../i18n';
import { useNow } from '../clock/clockContext';
import { durationText } from '../model/durationText';
import { formatTime } from '../model/format';
import { offerNow } from '../door/BookOffers';
import { KioskSheet } from './KioskSheet';

export const FREE_GREEN = '#0A612A';

/** One tap to confirm a walk-up; the title is optional (a default one is used). */
export function BookSheet({ roomName, offer, timeZone, isBusy, onConfirm, onCancel }: {
  roomName: string;
  offer: WalkUpOfferView;
  timeZone: string;
  isBusy: boolean;
  onConfirm: (title: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const [title, setTitle] = useState('');
  const locale = currentLanguage(i18n.language);
  const { minutes, end } = offerNow(offer, now);
  const confirm = () => onConfirm(title.trim() || t('kiosk.book.defaultTitle'));

  return (
    <KioskSheet
      open
      onClose={onCancel}
      testId="book-sheet"
      accent={FREE_GREEN}
      icon={<EventAvailableRoundedIcon sx={{ fontSize: 40 }} />}
      title={t('kiosk.book.title', { room: roomName })}
      actions={
        <>
          <Button variant="outlined" onClick={onCancel} disabled={isBusy} sx={{ minHeight: 72, fontSize: '1.3rem', borderWidth: 2 }}>
            {t('kiosk.book.cancel')}
          </Button>
          <Button
            variant="contained"
            data-testid="book-confirm"
            onClick={confirm}
            disabled={isBusy}
            sx={{ minHeight: 72, fontSize: '1.4rem', fontWeight: 800, bgcolor: FREE_GREEN, '&:hover': { bgcolor: '#074A20' } }}
          >
            {isBusy ? t('kiosk.book.booking') : t('kiosk.book.confirm', { minutes })}
          </Button>
        </>
      }
    >
      <Typography sx={{ fontSize: '1.5rem', fontWeight: 650, fontVariantNumeric: 'tabular-nums', mb: 3 }} data-testid="book-when">
        {t('kiosk.book.when', { start: formatTime(now, timeZone, locale), end: formatTime(end, timeZone, locale), duration: durationText(t, end - now) })}
      </Typography>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!isBusy) confirm();
        }}
      >
        <TextField
          fullWidth
          label={t('kiosk.book.titleLabel')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'book-title', enterKeyHint: 'done' } }}
          sx={{ '& .MuiInputBase-input': { fontSize: '1.35rem', py: 2.25 }, '& .MuiInputLabel-root': { fontSize: '1.2rem' } }}
        />
      </form>
    </KioskSheet>
  );
}
