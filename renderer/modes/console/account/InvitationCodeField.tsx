import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface InvitationCodeFieldProps {
  /** Shown from the start (registration by invitation only, a code in the link, a message about it). */
  isShown: boolean;
  isRequired: boolean;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
}

/** The invitation code, or a button for people who have one when registration does not need it. */
export function InvitationCodeField({ isShown, isRequired, value, onChange, error }: InvitationCodeFieldProps) {
  const { t } = useTranslation();
  const [isAsked, setIsAsked] = useState(false);
  // Once shown, it stays while the person types (their edit clears the message that showed it).
  const [isKept, setIsKept] = useState(isShown);
  if (isShown && !isKept) setIsKept(true);
  if (!isKept && !isAsked) {
    return (
      <Button variant="text" data-testid="have-code" sx={{ alignSelf: 'flex-start' }} onClick={() => setIsAsked(true)}>
        {t('account.register.haveCode')}
      </Button>
    );
  }
  return (
    <TextField
      label={t('account.register.code')}
      name="invitationCode"
      autoComplete="one-time-code"
      autoFocus={isAsked}
      required={isRequired}
      fullWidth
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={Boolean(error)}
      helperText={error ?? t('account.register.codeHint')}
      slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'characters' } }}
    />
  );
}
