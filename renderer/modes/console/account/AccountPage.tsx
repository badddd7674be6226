import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../admin/shared/PageHeader';
import { SuccessSnackbar } from '../admin/shared/SuccessSnackbar';
import { PasswordCard } from './PasswordCard';
import { ProfileCard } from './ProfileCard';

/** `#/console/account`, from the user menu: one's own details and password. */
export function AccountPage() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Stack spacing={3} sx={{ maxWidth: 1040 }}>
      <PageHeader title={t('account.page.title')} subtitle={t('account.page.subtitle')} />
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, alignItems: 'start' }}>
        <ProfileCard onSaved={setNotice} />
        <PasswordCard onChanged={setNotice} />
      </Box>
      <SuccessSnackbar message={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
