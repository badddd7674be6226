import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../../core/contract';
import { currentLanguage } from '../../../../i18n';
import { formatDateTime, relativeTime } from '../shared/time';
import { useNow } from '../shared/useNow';

/** "5 minutes ago", with the exact time on the office's clock on hover and focus. */
export function LastSeen({ device, timeZone }: { device: Device; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const now = useNow(30_000);
  const locale = currentLanguage(i18n.language);
  if (!device.lastSeenAt) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {t('admin.devices.never')}
      </Typography>
    );
  }
  return (
    <Tooltip title={formatDateTime(device.lastSeenAt, timeZone, locale)}>
      <Typography variant="body2" tabIndex={0}>
        {relativeTime(device.lastSeenAt, now, locale)}
      </Typography>
    </Tooltip>
  );
}
