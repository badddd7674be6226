import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../../session/sessionContext';
import { useOffice } from '../officeContext';
import { AccountCard } from './AccountCard';
import { ProfileForm } from './ProfileForm';

/** Name and language to change; e-mail, role and office to read (an administrator sets them). */
export function ProfileCard({ onSaved }: { onSaved(message: string): void }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { offices } = useOffice();
  const office = user.officeId ? (offices.find((o) => o.id === user.officeId)?.name ?? '…') : t('account.profile.noOffice');
  const facts = [
    { key: 'email', label: t('account.profile.email'), value: user.email },
    { key: 'role', label: t('account.profile.role'), value: t(`roles.${user.role}`) },
    { key: 'office', label: t('account.profile.office'), value: office },
  ];
  return (
    <AccountCard title={t('account.profile.title')} testId="profile-card">
      <ProfileForm key={`${user.name} ${user.locale}`} user={user} onSaved={onSaved} />
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 1, mt: 3, mb: 0 }}>
        {facts.map((fact) => (
          <Box key={fact.key} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" sx={{ color: 'text.secondary' }}>
              {fact.label}
            </Typography>
            <Typography component="dd" variant="body2" data-testid={`profile-${fact.key}`} sx={{ m: 0, fontWeight: 600, overflowWrap: 'anywhere' }}>
              {fact.value}
            </Typography>
          </Box>
        ))}
      </Box>
      <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mt: 1.5 }}>
        {t('account.profile.fixedHint')}
      </Typography>
    </AccountCard>
  );
}
