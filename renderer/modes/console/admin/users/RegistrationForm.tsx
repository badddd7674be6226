import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTRATION_MODES, ZEmailDomain, type Registration } from '../../../../../core/contract';
import { useApi } from '../../../../api/apiContext';
import { ErrorAlert } from '../shared/ErrorAlert';
import { SR_ONLY } from '../shared/srOnly';
import { useAction } from '../shared/useAction';

const splitDomains = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);

/** The registration setting's form; saved only when changed and valid. */
export function RegistrationForm({ saved, onSaved }: { saved: Registration; onSaved(next: Registration): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const save = useAction();
  const labelId = useId();
  const [mode, setMode] = useState(saved.mode);
  const [domains, setDomains] = useState(saved.domains.join(', '));
  const list = splitDomains(domains);
  const bad = list.filter((d) => !ZEmailDomain.safeParse(d).success);
  const isChanged = mode !== saved.mode || list.join(',') !== saved.domains.join(',');
  const isInvalid = bad.length > 0 || (mode === 'domains' && list.length === 0);

  const submit = async () => {
    const next = await save.run(() => api.call('auth.setRegistration', { mode, domains: list }));
    if (next) onSaved(next);
  };

  return (
    <Stack spacing={1.5} data-testid="registration-form">
      <Typography id={labelId} sx={SR_ONLY}>
        {t('admin.registration.title')}
      </Typography>
      <RadioGroup aria-labelledby={labelId} value={mode} onChange={(e) => setMode(e.target.value as Registration['mode'])}>
        {[...REGISTRATION_MODES].reverse().map((m) => (
          <FormControlLabel key={m} value={m} control={<Radio size="small" />} label={t(`admin.registration.mode.${m}`)} data-mode={m} />
        ))}
      </RadioGroup>
      {mode === 'domains' ? (
        <TextField
          label={t('admin.registration.domains')}
          value={domains}
          onChange={(e) => setDomains(e.target.value)}
          error={bad.length > 0}
          helperText={bad.length > 0 ? t('admin.registration.badDomains', { domains: bad.join(', ') }) : t('admin.registration.domainsHint')}
          fullWidth
        />
      ) : null}
      {save.error ? <ErrorAlert title={t('admin.registration.saveFailed')} error={save.error} /> : null}
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <Button variant="outlined" disabled={!isChanged || isInvalid || save.isBusy} onClick={() => void submit()} data-testid="registration-save">
          {t('admin.save')}
        </Button>
      </Stack>
    </Stack>
  );
}
