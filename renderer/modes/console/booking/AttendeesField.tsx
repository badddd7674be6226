import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isEmail } from './bookingDraft';
import type { People, Person } from './usePeople';
import { usePeopleSearch } from './usePeopleSearch';

interface AttendeesFieldProps {
  attendeeIds: string[];
  attendeeEmails: string[];
  people: People;
  /** Offer the directory; otherwise only e-mail addresses can be typed. */
  canPick: boolean;
  onChange(ids: string[], emails: string[]): void;
  /** Elsewhere (finding a time) the same picker with its own words, only for people in the directory. */
  label?: string;
  helperText?: string;
  testId?: string;
  /** Typed addresses of guests outside the directory are kept (the default) or dropped. */
  allowEmails?: boolean;
  /** People who stay in the list whatever is removed (their chip has no delete button). */
  fixedIds?: readonly string[];
}

type Choice = Person | string;
const label = (c: Choice) => (typeof c === 'string' ? c : `${c.name} · ${c.email}`);

/** Colleagues from the directory (found by typing part of a name or address) and guests by e-mail, as chips. */
export function AttendeesField(props: AttendeesFieldProps) {
  const { attendeeIds, attendeeEmails, people, canPick, onChange, allowEmails = true, fixedIds = [] } = props;
  const { t } = useTranslation();
  const value: Choice[] = [...attendeeIds.map((id) => people.byId.get(id) ?? id), ...attendeeEmails];
  const [typed, setTyped] = useState('');
  const search = usePeopleSearch(people, canPick ? typed : '');
  const options = canPick ? search.options : [];

  const update = (choices: Choice[]) => {
    const ids: string[] = [];
    const emails: string[] = [];
    people.remember(choices.filter((c): c is Person => typeof c !== 'string'));
    for (const c of choices) {
      if (typeof c !== 'string') ids.push(c.id);
      else if (attendeeIds.includes(c)) ids.push(c);
      else {
        // A typed address that belongs to someone in the directory becomes that person.
        const known = options.find((u) => u.email.toLowerCase() === c.trim().toLowerCase());
        if (known) ids.push(known.id);
        else if (allowEmails) emails.push(c.trim());
      }
    }
    onChange([...new Set([...fixedIds.filter((id) => !ids.includes(id)), ...ids])], [...new Set(emails)]);
  };

  return (
    <Autocomplete<Choice, true, false, true>
      multiple
      freeSolo
      options={options}
      value={value}
      getOptionLabel={label}
      isOptionEqualToValue={(a, b) => (typeof a === 'string' ? a === b : typeof b !== 'string' && a.id === b.id)}
      filterSelectedOptions
      autoHighlight
      loading={search.isSearching}
      loadingText={t('booking.form.attendeesSearching')}
      onInputChange={(_, text, reason) => setTyped(reason === 'input' ? text : '')}
      onChange={(_, choices) => update(choices)}
      renderValue={(chosen, getItemProps) =>
        chosen.map((c, index) => {
          const { key, onDelete, ...itemProps } = getItemProps({ index });
          const isFixed = typeof c !== 'string' ? fixedIds.includes(c.id) : fixedIds.includes(c);
          const isBad = typeof c === 'string' && !attendeeIds.includes(c) && !isEmail(c);
          return (
            <Chip
              key={key}
              {...itemProps}
              onDelete={isFixed ? undefined : onDelete}
              size="small"
              color={isBad ? 'error' : 'default'}
              label={typeof c === 'string' ? (people.byId.get(c)?.name ?? c) : c.name}
            />
          );
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={props.label ?? t('booking.form.attendees')}
          helperText={props.helperText ?? (canPick ? t('booking.form.attendeesHint') : t('booking.form.attendeesEmailHint'))}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': props.testId ?? 'booking-attendees' } }}
        />
      )}
    />
  );
}
