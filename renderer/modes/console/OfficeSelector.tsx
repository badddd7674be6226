import ApartmentIcon from '@mui/icons-material/Apartment';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useOffice } from './officeContext';

const ALL = '';

/** The office the whole console shows; "All offices" for people who look after several. */
export function OfficeSelector() {
  const { t } = useTranslation();
  const { offices, officeId, selectOffice } = useOffice();
  // Until the list arrives a remembered office has no name to show: show "All offices" meanwhile.
  const value = offices.some((o) => o.id === officeId) ? (officeId ?? ALL) : ALL;

  return (
    <TextField
      select
      label={t('shell.office')}
      data-testid="office-select"
      value={value}
      onChange={(event) => selectOffice(event.target.value === ALL ? null : event.target.value)}
      sx={{ minWidth: { xs: 170, sm: 220 } }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <ApartmentIcon fontSize="small" />
            </InputAdornment>
          ),
        },
        inputLabel: { shrink: true },
        select: { displayEmpty: true, MenuProps: { slotProps: { paper: { sx: { mt: 0.5 } } } } },
      }}
    >
      <MenuItem value={ALL}>{t('shell.allOffices')}</MenuItem>
      {offices.map((office) => (
        <MenuItem key={office.id} value={office.id}>
          {office.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
