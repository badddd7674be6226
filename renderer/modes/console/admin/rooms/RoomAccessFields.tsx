import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import { AMENITIES, ROLES } from '../../../../../core/domain';
import { AMENITY_ICONS } from '../../rooms/roomIcons';
import { ChoiceChips } from '../shared/ChoiceChips';
import type { RoomDraft, RoomProblem } from './roomDraft';

interface RoomAccessFieldsProps {
  draft: RoomDraft;
  set(patch: Partial<RoomDraft>): void;
  problems: readonly RoomProblem[];
  /** A retired room has no status to switch. */
  canSetStatus: boolean;
}

/** What is in the room and who may book it: equipment, role restriction, approval, maintenance. */
export function RoomAccessFields({ draft, set, problems, canSetStatus }: RoomAccessFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2}>
      <ChoiceChips
        label={t('admin.rooms.amenities')}
        options={AMENITIES}
        selected={draft.amenities}
        onChange={(amenities) => set({ amenities })}
        optionLabel={(a) => t(`amenities.${a}`)}
        optionIcon={(a) => createElement(AMENITY_ICONS[a])}
        testId="room-amenities"
      />
      <Stack spacing={0.5}>
        <FormControlLabel
          control={<Switch checked={draft.isRestricted} onChange={(e) => set({ isRestricted: e.target.checked })} data-testid="room-restricted" />}
          label={draft.isRestricted ? t('admin.rooms.restricted') : t('admin.rooms.everyone')}
        />
        {draft.isRestricted ? (
          <ChoiceChips label={t('admin.rooms.allowedRoles')} options={ROLES} selected={draft.allowedRoles} onChange={(allowedRoles) => set({ allowedRoles })} optionLabel={(r) => t(`roles.${r}`)} testId="room-roles" />
        ) : null}
        {problems.includes('roles') ? (
          <Typography role="alert" variant="body2" sx={{ color: 'error.main' }}>
            {t('admin.rooms.rolesRequired')}
          </Typography>
        ) : null}
      </Stack>
      <FormControlLabel
        control={<Switch checked={draft.requiresApproval} onChange={(e) => set({ requiresApproval: e.target.checked })} data-testid="room-approval" />}
        label={t('admin.rooms.requiresApproval')}
      />
      {canSetStatus ? (
        <FormControlLabel
          control={<Switch checked={draft.isUnderMaintenance} onChange={(e) => set({ isUnderMaintenance: e.target.checked })} data-testid="room-maintenance-status" />}
          label={t('admin.rooms.underMaintenance')}
        />
      ) : null}
    </Stack>
  );
}
