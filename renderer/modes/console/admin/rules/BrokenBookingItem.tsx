import Box from '@mui/material/Box';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../../core/contract';
import { currentLanguage } from '../../../../i18n';
import { violationText } from '../../booking/refusal';
import { formatSpan } from '../shared/time';
import { usePeopleNames } from '../shared/usePeopleNames';

interface BrokenBookingItemProps {
  item: Output<'rules.preview'>['broken'][number];
  roomName: string | undefined;
  timeZone: string;
}

/** One booking a change would break: what, where, when, whose, and each rule it would break. */
export function BrokenBookingItem({ item, roomName, timeZone }: BrokenBookingItemProps) {
  const { t, i18n } = useTranslation();
  const names = usePeopleNames();
  const locale = currentLanguage(i18n.language);
  const { booking, violations } = item;
  return (
    <ListItem data-testid="broken-booking" sx={{ display: 'block', '& + &': { borderTop: 1, borderColor: 'divider' } }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {booking.title}
      </Typography>
      <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block' }}>
        {[roomName, formatSpan(booking.start, booking.end, timeZone, locale), names.get(booking.organizerId)].filter(Boolean).join(' · ')}
      </Typography>
      {violations.map((v, i) => (
        <Typography key={i} variant="caption" component="p" sx={{ color: 'warning.main', mt: 0.25 }} data-code={v.code}>
          {t(`admin.rules.violation.${v.code}`, { defaultValue: v.code })}:{' '}
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {violationText(v, { t, timeZone, locale })}
          </Box>
        </Typography>
      ))}
    </ListItem>
  );
}
