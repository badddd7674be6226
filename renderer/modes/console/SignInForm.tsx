import LoginIcon from '@mui/icons-material/Login';
import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n';
import { useSession } from '../../session/sessionContext';

/** E-mail and password; a refusal is shown above the button, in the person's language. */
export function SignInForm() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [isPasswordShown, setIsPasswordShown] = useState(false);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitting(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch (failure) {
      setError(failure);
      setIsSubmitting(false);
    }
  };

  return (
    <Stack component="form" spacing={2.25} onSubmit={submit} noValidate aria-label={t('signIn.title')}>
      {error ? (
        <Alert severity="error" variant="outlined" role="alert" data-testid="sign-in-error" sx={{ bgcolor: 'background.paper' }}>
          <AlertTitle>{t('signIn.failedTitle')}</AlertTitle>
          {errorText(error, t)}
        </Alert>
      ) : null}
      <TextField
        label={t('signIn.email')}
        type="email"
        name="email"
        autoComplete="username"
        autoFocus
        required
        fullWidth
        size="medium"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <TextField
        label={t('signIn.password')}
        type={isPasswordShown ? 'text' : 'password'}
        name="password"
        autoComplete="current-password"
        required
        fullWidth
        size="medium"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        slotProps={{
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  edge="end"
                  aria-label={isPasswordShown ? t('signIn.hidePassword') : t('signIn.showPassword')}
                  onClick={() => setIsPasswordShown((shown) => !shown)}
                >
                  {isPasswordShown ? <VisibilityOffIcon /> : <VisibilityIcon />}
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <Button
        type="submit"
        data-testid="sign-in-submit"
        variant="contained"
        size="large"
        fullWidth
        disabled={isSubmitting || !email.trim() || !password}
        startIcon={isSubmitting ? <CircularProgress size={18} color="inherit" aria-hidden /> : <LoginIcon />}
        sx={{ py: 1.25 }}
      >
        {isSubmitting ? t('signIn.submitting') : t('signIn.submit')}
      </Button>
    </Stack>
  );
}
