import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../core/contract';

interface PersonPickerProps {
  me: User;
  people: readonly User[];
  /** Whose schedule is shown (null: someone outside the list, reached by a link). */
  value: User | null;
  onPick(userId: string): void;
}

/** Whose schedule to show, for people who may look others up: oneself first, then by name. */
export function PersonPicker({ me, people, value, onPick }: PersonPickerProps) {
  const { t, i18n } = useTranslation();
  const options = useMemo(() => {
    const others = people.filter((u) => u.id !== me.id && u.active).sort((a, b) => a.name.localeCompare(b.name, i18n.language));
    // Someone reached by a link stays choosable even when the directory does not list them.
    const shown = value && value.id !== me.id && !others.some((u) => u.id === value.id) ? [value] : [];
    return [me, ...shown, ...others];
  }, [people, me, value, i18n.language]);
  const label = (u: User) => (u.id === me.id ? t('schedule.you', { name: u.name }) : u.name);
  return (
    <Autocomplete
      options={options}
      value={value}
      onChange={(_, u) => onPick(u?.id ?? me.id)}
      getOptionLabel={label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderOption={({ key, ...props }, u) => (
        <li key={key} {...props} data-person={u.email}>
          {label(u)}
        </li>
      )}
      autoHighlight
      size="small"
      sx={{ width: { xs: '100%', sm: 280 } }}
      data-testid="schedule-person"
      renderInput={(params) => <TextField {...params} label={t('schedule.person')} />}
    />
  );
}
