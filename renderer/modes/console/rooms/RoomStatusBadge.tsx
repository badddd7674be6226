import ArchiveOutlinedIcon from '@mui/icons-material/ArchiveOutlined';
import BuildOutlinedIcon from '@mui/icons-material/BuildOutlined';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { RoomStatus } from '../../../../core/domain';

/** Only rooms that cannot be booked now get a badge; words and an icon, never colour alone. */
export function RoomStatusBadge({ status }: { status: RoomStatus }) {
  const { t } = useTranslation();
  if (status === 'maintenance') {
    return <Chip size="small" color="warning" icon={<BuildOutlinedIcon />} label={t('roomStatus.maintenance')} />;
  }
  if (status === 'retired') {
    return <Chip size="small" variant="outlined" icon={<ArchiveOutlinedIcon />} label={t('roomStatus.retired')} />;
  }
  return null;
}
