import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { matchTimeZones, timeZoneNames, utcOffset } from './timeZones';

interface TimeZoneFieldProps {
  value: string;
  onChange(zone: string): void;
  /** Says what is wrong (in place of the hint) and marks the field. */
  error?: string | null;
}

/**
 * An IANA time zone: pick one of the browser's or type its name. Typing stays possible so an
 * office kept in a zone this browser lists under another name can still be saved.
 */
export function TimeZoneField({ value, onChange, error }: TimeZoneFieldProps) {
  const { t } = useTranslation();
  const all = useMemo(() => timeZoneNames(), []);
  // A zone this browser lists under another name (an alias) is still offered once it reads as one.
  const names = value && !all.includes(value) && utcOffset(value, new Date()) ? [value, ...all] : all;
  const now = useMemo(() => new Date(), []);
  return (
    <Autocomplete<string, false, false, true>
      freeSolo
      autoHighlight
      options={names}
      value={value || null}
      inputValue={value}
      onInputChange={(_, text) => onChange(text)}
      onChange={(_, zone) => onChange(zone ?? '')}
      filterOptions={(options, state) => matchTimeZones(options, state.inputValue).slice(0, 200)}
      noOptionsText={t('admin.offices.noTimeZones')}
      renderOption={(props, zone) => {
        const { key, ...rest } = props;
        return (
          <li key={key} {...rest}>
            {zone}
            <span style={{ marginLeft: 'auto', paddingLeft: 12, opacity: 0.7 }}>{utcOffset(zone, now)}</span>
          </li>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('admin.offices.timeZone')}
          name="timeZone"
          required
          error={Boolean(error)}
          helperText={error ?? t('admin.offices.timeZoneHint')}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'office-time-zone', spellCheck: false } }}
        />
      )}
    />
  );
}
