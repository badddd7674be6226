import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { People, Person } from './usePeople';

interface OrganizerFieldProps {
  organizerId: string | null;
  me: Person;
  people: People;
  onChange(organizerId: string | null): void;
}

/** For assistants and facility staff: whose meeting this is (the signed-in person by default). */
export function OrganizerField({ organizerId, me, people, onChange }: OrganizerFieldProps) {
  const { t } = useTranslation();
  const value = people.byId.get(organizerId ?? me.id) ?? me;
  const options = people.list;
  return (
    <Autocomplete<Person, false, true, false>
      options={options.some((u) => u.id === me.id) ? options : [me, ...options]}
      value={value}
      disableClearable
      autoHighlight
      getOptionLabel={(u) => (u.id === me.id ? `${u.name} (${t('booking.form.me')})` : u.name)}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_, user) => onChange(user.id === me.id ? null : user.id)}
      renderOption={(props, u) => {
        const { key, ...rest } = props;
        return (
          <li key={key} {...rest}>
            {u.name}
            <span style={{ marginLeft: 'auto', paddingLeft: 12, opacity: 0.7 }}>{u.email}</span>
          </li>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('booking.form.organizer')}
          helperText={t('booking.form.organizerHint')}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'booking-organizer' } }}
        />
      )}
    />
  );
}
