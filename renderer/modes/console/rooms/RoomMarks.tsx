import HowToRegOutlinedIcon from '@mui/icons-material/HowToRegOutlined';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../core/contract';

/** What limits booking a room beyond its status: approval, and who may book it. */
export function RoomMarks({ room }: { room: Room }) {
  const { t } = useTranslation();
  const roles = room.allowedRoles?.map((role) => t(`roles.${role}`)).join(', ');
  const marks = [
    room.requiresApproval && (
      <Tooltip key="approval" title={t('rooms.requiresApprovalHint')}>
        <Chip size="small" color="info" variant="outlined" icon={<HowToRegOutlinedIcon />} label={t('rooms.requiresApproval')} />
      </Tooltip>
    ),
    roles && (
      <Tooltip key="restricted" title={t('rooms.restrictedHint', { roles })}>
        <Chip
          size="small"
          variant="outlined"
          icon={<LockOutlinedIcon />}
          label={t('rooms.restricted')}
          aria-label={`${t('rooms.restricted')}: ${roles}`}
        />
      </Tooltip>
    ),
  ].filter(Boolean);

  if (marks.length === 0) return null;
  return (
    <Stack direction="row" useFlexGap spacing={0.75} sx={{ flexWrap: 'wrap', justifyContent: 'flex-end' }}>
      {marks}
    </Stack>
  );
}
