import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { WalkUpOfferView } from '../../../../core/contract/kiosk';
import { currentLanguage } from '../../../i18n';
import { useNow } from '../clock/clockContext';
import { formatTime, minutesLeft } from '../model/format';
import { PanelButton } from './PanelButton';

/** What a walk-up of this offer would be if booked now: its length and its end. */
export function offerNow(offer: WalkUpOfferView, now: number): { minutes: number; end: number } {
  if (!offer.isCut) return { minutes: offer.minutes, end: now + offer.minutes * 60_000 };
  const end = Date.parse(offer.end);
  return { minutes: minutesLeft(end - now), end };
}

/** "Book now": one big button per length the engine accepts, each saying until when. */
export function BookOffers({ offers, tone, timeZone, isDisabled, onChoose }: {
  offers: readonly WalkUpOfferView[];
  tone: string;
  timeZone: string;
  isDisabled: boolean;
  onChoose: (offer: WalkUpOfferView) => void;
}) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const locale = currentLanguage(i18n.language);
  return (
    <Box>
      <Typography component="h2" sx={{ fontSize: '1.15rem', fontWeight: 700, letterSpacing: '0.08em', textTransform: 'uppercase', mb: 1.5, opacity: 0.95 }}>
        {t('kiosk.actions.bookNow')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: `repeat(${Math.max(offers.length, 1)}, minmax(0, 1fr))`, gap: 1.5 }}>
        {offers.map((offer) => {
          const { minutes, end } = offerNow(offer, now);
          return (
            <PanelButton
              key={`${offer.minutes}-${offer.end}`}
              tone={tone}
              disabled={isDisabled}
              data-testid="book-offer"
              data-minutes={offer.minutes}
              onClick={() => onChoose(offer)}
              sx={{ flexDirection: 'column', py: 1.5, px: 1, minHeight: 96, lineHeight: 1.1 }}
            >
              <Box component="span" sx={{ fontSize: '1.75rem', fontWeight: 800, fontVariantNumeric: 'tabular-nums' }}>
                {t('kiosk.actions.minutes', { minutes })}
              </Box>
              <Box component="span" sx={{ fontSize: '1.05rem', fontWeight: 600, mt: 0.5 }}>
                {t('kiosk.actions.until', { time: formatTime(end, timeZone, locale) })}
              </Box>
            </PanelButton>
          );
        })}
      </Box>
    </Box>
  );
}
