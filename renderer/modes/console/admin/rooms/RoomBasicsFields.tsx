import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { ROOM_TYPES, type RoomType } from '../../../../../core/domain';
import { OfficeField } from '../shared/OfficeField';
import type { RoomDraft, RoomProblem } from './roomDraft';

interface RoomBasicsFieldsProps {
  draft: RoomDraft;
  set(patch: Partial<RoomDraft>): void;
  problems: readonly RoomProblem[];
  /** The office is chosen once, when the room is added. */
  isNew: boolean;
}

/** What the room is and where: name, type, seats, floor, building, office, description. */
export function RoomBasicsFields({ draft, set, problems, isNew }: RoomBasicsFieldsProps) {
  const { t } = useTranslation();
  const problem = (field: RoomProblem, text: string) => (problems.includes(field) ? text : undefined);
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField label={t('admin.rooms.name')} name="roomName" required autoFocus={isNew} value={draft.name} onChange={(e) => set({ name: e.target.value })} error={problems.includes('name')} helperText={problem('name', t('admin.rooms.nameRequired'))} fullWidth />
        <OfficeField label={t('admin.rooms.office')} value={draft.officeId} onChange={(officeId) => set({ officeId })} disabled={!isNew} required testId="room-office" fullWidth />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField select label={t('admin.rooms.type')} value={draft.type} onChange={(e) => set({ type: e.target.value as RoomType })} data-testid="room-type" fullWidth>
          {ROOM_TYPES.map((type) => (
            <MenuItem key={type} value={type}>
              {t(`roomTypes.${type}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField label={t('admin.rooms.capacity')} name="capacity" type="number" required value={draft.capacity} onChange={(e) => set({ capacity: e.target.value })} error={problems.includes('capacity')} helperText={problem('capacity', t('admin.rooms.capacityInvalid'))} slotProps={{ htmlInput: { min: 1, max: 10000 } }} fullWidth />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField label={t('admin.rooms.floor')} name="floor" type="number" value={draft.floor} onChange={(e) => set({ floor: e.target.value })} error={problems.includes('floor')} helperText={problem('floor', t('admin.rooms.floorInvalid'))} fullWidth />
        <TextField label={t('admin.rooms.building')} name="building" value={draft.building} onChange={(e) => set({ building: e.target.value })} fullWidth />
      </Stack>
      <TextField label={t('admin.rooms.description')} name="description" value={draft.description} onChange={(e) => set({ description: e.target.value })} multiline minRows={2} fullWidth />
    </Stack>
  );
}
