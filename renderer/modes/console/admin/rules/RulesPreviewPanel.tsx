import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Output, Room } from '../../../../../core/contract';
import { currentLanguage } from '../../../../i18n';
import { formatSpan } from '../shared/time';
import { usePeopleNames } from '../shared/usePeopleNames';

interface RulesPreviewPanelProps {
  preview: Output<'rules.preview'>;
  rooms: ReadonlyMap<string, Room>;
  zoneOf(room: Room | undefined): string;
  isStale: boolean;
}

/** The future bookings the proposed rules would refuse, each with every reason. */
export function RulesPreviewPanel({ preview, rooms, zoneOf, isStale }: RulesPreviewPanelProps) {
  const { t, i18n } = useTranslation();
  const names = usePeopleNames();
  const locale = currentLanguage(i18n.language);
  const count = preview.broken.length;
  return (
    <Box data-testid="rules-preview" data-broken={count} sx={{ opacity: isStale ? 0.55 : 1 }}>
      {isStale ? (
        <Alert severity="info" variant="outlined" sx={{ mb: 1 }}>
          {t('admin.rules.previewStale')}
        </Alert>
      ) : null}
      {count === 0 ? (
        <Alert icon={<CheckCircleOutlinedIcon />} severity="success" variant="outlined">
          {t('admin.rules.previewNone', { count: preview.checked })}
        </Alert>
      ) : (
        <>
          <Alert severity="warning" variant="outlined" sx={{ mb: 1 }}>
            {t('admin.rules.previewBroken', { count, checked: preview.checked })}
          </Alert>
          <List dense disablePadding sx={{ maxHeight: 360, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 2 }}>
            {preview.broken.map(({ booking, violations }) => {
              const room = rooms.get(booking.roomId);
              return (
                <ListItem key={booking.id} data-testid="broken-booking" sx={{ display: 'block', '& + &': { borderTop: 1, borderColor: 'divider' } }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {booking.title}
                  </Typography>
                  <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block' }}>
                    {[room?.name, formatSpan(booking.start, booking.end, zoneOf(room), locale), names.get(booking.organizerId)].filter(Boolean).join(' · ')}
                  </Typography>
                  {violations.map((v, i) => (
                    <Typography key={i} variant="caption" component="p" sx={{ color: 'warning.main', mt: 0.25 }} data-code={v.code}>
                      {t(`admin.rules.violation.${v.code}`, { defaultValue: v.code })}: <Box component="span" sx={{ color: 'text.secondary' }}>{v.message}</Box>
                    </Typography>
                  ))}
                </ListItem>
              );
            })}
          </List>
        </>
      )}
    </Box>
  );
}
