import SearchIcon from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMON_MAX_DAYS } from '../../../../core/contract/availability';
import { AttendeesField } from '../booking/AttendeesField';
import type { Abilities } from '../booking/useAbilities';
import type { People } from '../booking/usePeople';
import { AmenityChips } from '../rooms/AmenityChips';
import { RoomTypeSelect } from '../rooms/RoomTypeSelect';
import { DURATIONS, durationText, type DayRange, type FindForm, type RangeProblem } from './findTime';

interface FindTimeFormProps {
  form: FindForm;
  onChange(patch: Partial<FindForm>): void;
  abilities: Abilities;
  people: People;
  /** Why the days cannot be searched (shown on the day fields). */
  problem: RangeProblem | null;
  today: string;
  isBusy: boolean;
  onSubmit(): void;
}

/** Who, how long, which days, and whether a room is needed: everything the search asks. */
export function FindTimeForm({ form, onChange, abilities, people, problem, today, isBusy, onSubmit }: FindTimeFormProps) {
  const { t } = useTranslation();
  const me = abilities.user.id;
  const rangeId = useId();
  const setRange = (patch: Partial<DayRange>) => onChange({ range: { ...form.range, ...patch } });
  const rangeError = problem ? t(`findTime.form.range.${problem}`, { days: COMMON_MAX_DAYS }) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <Paper component="form" noValidate onSubmit={submit} variant="outlined" aria-label={t('findTime.form.label')} data-testid="find-form" sx={{ p: { xs: 2, sm: 2.5 }, borderRadius: 3 }}>
      <Stack spacing={2.25}>
        {/* While permissions load, the picker (with the caller in it) rather than a wrong "only you". */}
        {abilities.canFindPeople || abilities.isLoading ? (
          <AttendeesField
            attendeeIds={form.userIds}
            attendeeEmails={[]}
            people={people}
            canPick
            allowEmails={false}
            // Without booking for others, the meeting is always the caller's own: they stay in it.
            fixedIds={abilities.canBookForOthers ? [] : [me]}
            label={t('findTime.form.people')}
            helperText={t('findTime.form.peopleHint')}
            testId="find-people"
            onChange={(userIds) => onChange({ userIds })}
          />
        ) : (
          <Alert severity="info" data-testid="find-only-me">
            {t('findTime.form.onlyMe')}
          </Alert>
        )}
        <Box sx={{ display: 'grid', gap: 2, alignItems: 'start', gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, minmax(0, 1fr))', lg: '180px 200px 200px minmax(0, 1fr)' } }}>
          <TextField
            select
            label={t('findTime.form.duration')}
            data-testid="find-duration"
            value={form.durationMin}
            onChange={(event) => onChange({ durationMin: Number(event.target.value) })}
          >
            {DURATIONS.map((minutes) => (
              <MenuItem key={minutes} value={minutes}>
                {durationText(minutes, t)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="date"
            label={t('findTime.form.from')}
            value={form.range.fromDay}
            onChange={(event) => setRange({ fromDay: event.target.value })}
            error={rangeError !== null}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: today, 'data-testid': 'find-from', 'aria-describedby': rangeId } }}
          />
          <TextField
            type="date"
            label={t('findTime.form.to')}
            value={form.range.toDay}
            onChange={(event) => setRange({ toDay: event.target.value })}
            error={rangeError !== null}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: form.range.fromDay || today, 'data-testid': 'find-to', 'aria-describedby': rangeId } }}
          />
          <Typography id={rangeId} variant="body2" role={rangeError ? 'alert' : undefined} data-testid="find-range-note" sx={{ color: rangeError ? 'error.main' : 'text.secondary', alignSelf: 'center', gridColumn: { sm: '1 / -1', lg: 'auto' } }}>
            {rangeError ?? t('findTime.form.rangeHint', { days: COMMON_MAX_DAYS })}
          </Typography>
        </Box>
        <Divider />
        <Stack direction="row" useFlexGap spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <FormControlLabel
            control={<Switch data-testid="find-need-room" checked={form.needRoom} onChange={(event) => onChange({ needRoom: event.target.checked })} />}
            label={form.needRoom ? t('findTime.form.needRoomFor', { count: new Set(form.userIds).size }) : t('findTime.form.needRoom')}
          />
          {form.needRoom ? (
            <RoomTypeSelect size="small" value={form.type} onChange={(type) => onChange({ type })} testId="find-type" />
          ) : (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t('findTime.form.noRoomHint')}
            </Typography>
          )}
        </Stack>
        <Stack direction="row" useFlexGap spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <Box sx={{ flex: '1 1 320px', minWidth: 0 }}>{form.needRoom ? <AmenityChips selected={form.amenities} onChange={(amenities) => onChange({ amenities })} /> : null}</Box>
          <Button
            type="submit"
            variant="contained"
            size="large"
            disabled={isBusy}
            data-testid="find-submit"
            startIcon={isBusy ? <CircularProgress size={18} color="inherit" aria-hidden /> : <SearchIcon />}
          >
            {t('findTime.form.search')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
