import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { People, Person } from '../booking/usePeople';
import { usePeopleSearch } from '../booking/usePeopleSearch';

interface PersonPickerProps {
  me: Person;
  people: People;
  /** Whose schedule is shown (null: someone outside the list, reached by a link). */
  value: Person | null;
  onPick(userId: string): void;
}

/** Whose schedule to show: oneself first, then colleagues by name; typing asks the directory. */
export function PersonPicker({ me, people, value, onPick }: PersonPickerProps) {
  const { t, i18n } = useTranslation();
  const [typed, setTyped] = useState('');
  const search = usePeopleSearch(people, typed);
  const options = useMemo(() => {
    const others = search.options.filter((u) => u.id !== me.id).sort((a, b) => a.name.localeCompare(b.name, i18n.language));
    // Someone reached by a link stays choosable even when the directory does not list them.
    const shown = value && value.id !== me.id && !others.some((u) => u.id === value.id) ? [value] : [];
    return [me, ...shown, ...others];
  }, [search.options, me, value, i18n.language]);
  const label = (u: Person) => (u.id === me.id ? t('schedule.you', { name: u.name }) : u.name);
  return (
    <Autocomplete
      options={options}
      value={value}
      onChange={(_, u) => {
        if (u) people.remember([u]);
        onPick(u?.id ?? me.id);
      }}
      onInputChange={(_, text, reason) => setTyped(reason === 'input' ? text : '')}
      loading={search.isSearching}
      loadingText={t('booking.form.attendeesSearching')}
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
