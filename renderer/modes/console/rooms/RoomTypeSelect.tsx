import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { ROOM_TYPES, type RoomType } from '../../../../core/domain';

const ANY = '';

interface RoomTypeSelectProps {
  /** `null`: any type. */
  value: RoomType | null;
  onChange(type: RoomType | null): void;
  testId: string;
  name?: string;
  size?: 'small' | 'medium';
}

/** "Type: any / meeting room / …", for searching rooms (the rooms filters, Find a time). */
export function RoomTypeSelect({ value, onChange, testId, name, size }: RoomTypeSelectProps) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      size={size}
      label={t('rooms.filters.type')}
      name={name}
      data-testid={testId}
      value={value ?? ANY}
      onChange={(event) => onChange(event.target.value === ANY ? null : (event.target.value as RoomType))}
      sx={{ minWidth: 200 }}
      slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
    >
      <MenuItem value={ANY}>{t('rooms.filters.anyType')}</MenuItem>
      {ROOM_TYPES.map((type) => (
        <MenuItem key={type} value={type}>
          {t(`roomTypes.${type}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
