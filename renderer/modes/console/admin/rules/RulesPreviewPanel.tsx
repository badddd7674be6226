import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Output, Room } from '../../../../../core/contract';
import { BrokenBookingItem } from './BrokenBookingItem';

interface RulesPreviewPanelProps {
  preview: Output<'rules.preview'>;
  /** Bookings that already break the stored rules: not the change's doing. */
  already: ReadonlySet<string>;
  rooms: ReadonlyMap<string, Room>;
  zoneOf(room: Room | undefined): string;
  isStale: boolean;
}

/** The future bookings the proposed rules would refuse, each with every reason. */
export function RulesPreviewPanel({ preview, already, rooms, zoneOf, isStale }: RulesPreviewPanelProps) {
  const { t } = useTranslation();
  const broken = preview.broken.filter((b) => !already.has(b.booking.id));
  const before = preview.broken.length - broken.length;
  return (
    <Box data-testid="rules-preview" data-broken={broken.length} sx={{ opacity: isStale ? 0.55 : 1 }}>
      {isStale ? (
        <Alert severity="info" variant="outlined" sx={{ mb: 1 }}>
          {t('admin.rules.previewStale')}
        </Alert>
      ) : null}
      {broken.length === 0 ? (
        <Alert icon={<CheckCircleOutlinedIcon />} severity="success" variant="outlined">
          {t('admin.rules.previewNone', { count: preview.checked })}
        </Alert>
      ) : (
        <>
          <Alert severity="warning" variant="outlined" sx={{ mb: 1 }}>
            {t('admin.rules.previewBroken', { count: broken.length, checked: preview.checked })}
          </Alert>
          <List dense disablePadding sx={{ maxHeight: 360, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 2 }}>
            {broken.map((item) => {
              const room = rooms.get(item.booking.roomId);
              return <BrokenBookingItem key={item.booking.id} item={item} roomName={room?.name} timeZone={zoneOf(room)} />;
            })}
          </List>
        </>
      )}
      {before > 0 ? (
        <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mt: 1 }} data-testid="preview-already">
          {t('admin.rules.previewAlready', { count: before })}
        </Typography>
      ) : null}
    </Box>
  );
}
