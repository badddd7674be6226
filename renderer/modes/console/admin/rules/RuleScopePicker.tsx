import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../../core/contract';
import { OfficeField } from '../shared/OfficeField';
import type { RuleLevel } from './ruleDraft';
import type { ScopeChoice } from './ruleScope';

interface RuleScopePickerProps {
  choice: ScopeChoice;
  rooms: readonly Room[];
  onChange(next: ScopeChoice): void;
}

/** Whose rules: everyone's defaults, one office's, or one room's. */
export function RuleScopePicker({ choice, rooms, onChange }: RuleScopePickerProps) {
  const { t } = useTranslation();
  const officeRooms = rooms.filter((r) => r.officeId === choice.officeId && r.status !== 'retired');
  return (
    <Paper variant="outlined" component="section" aria-label={t('admin.rules.scope')} sx={{ p: 2, borderRadius: 3 }}>
      <Stack direction="row" useFlexGap spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          value={choice.level}
          onChange={(_, level: RuleLevel | null) => level && onChange({ ...choice, level, roomId: level === 'room' ? choice.roomId : null })}
          aria-label={t('admin.rules.scope')}
          data-testid="rule-scope"
        >
          {(['global', 'office', 'room'] as const).map((level) => (
            <ToggleButton key={level} value={level} data-level={level} sx={{ px: 2 }}>
              {t(`admin.rules.level.${level}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {choice.level !== 'global' ? (
          <OfficeField label={t('admin.rules.office')} value={choice.officeId ?? ''} onChange={(officeId) => onChange({ ...choice, officeId, roomId: null })} testId="rule-office" />
        ) : null}
        {choice.level === 'room' ? (
          <TextField
            select
            label={t('admin.rules.room')}
            value={choice.roomId ?? ''}
            onChange={(e) => onChange({ ...choice, roomId: e.target.value })}
            data-testid="rule-room"
            sx={{ minWidth: 200 }}
            slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
          >
            <MenuItem value="" disabled>
              {t('admin.rules.pickRoom')}
            </MenuItem>
            {officeRooms.map((room) => (
              <MenuItem key={room.id} value={room.id}>
                {room.name}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
      </Stack>
    </Paper>
  );
}
