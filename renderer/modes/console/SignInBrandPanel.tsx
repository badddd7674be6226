import EventAvailableOutlinedIcon from '@mui/icons-material/EventAvailableOutlined';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import TabletAndroidOutlinedIcon from '@mui/icons-material/TabletAndroidOutlined';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { RoomlyLogo } from '../../components/RoomlyLogo';

const FEATURES = [
  { key: 'rooms', Icon: EventAvailableOutlinedIcon },
  { key: 'rules', Icon: GavelOutlinedIcon },
  { key: 'kiosk', Icon: TabletAndroidOutlinedIcon },
] as const;

/** The left half of the sign-in page on wide screens: what Roomly is, in three lines. */
export function SignInBrandPanel() {
  const { t } = useTranslation();
  return (
    <Box
      sx={{
        display: { xs: 'none', md: 'flex' },
        flexDirection: 'column',
        justifyContent: 'space-between',
        p: 6,
        color: '#FFFFFF',
        background: 'radial-gradient(120% 90% at 0% 0%, #3D5CF5 0%, #2240C9 45%, #142A8C 100%)',
        position: 'relative',
        overflow: 'hidden',
      }}
    >
      <RoomlyLogo size={36} inverted />
      <Stack spacing={4} sx={{ maxWidth: 460, position: 'relative' }}>
        <Typography variant="h3" component="p" sx={{ color: 'inherit', lineHeight: 1.15 }}>
          {t('app.tagline')}
        </Typography>
        <Stack spacing={2.25} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {FEATURES.map(({ key, Icon }) => (
            <Stack key={key} component="li" direction="row" spacing={1.75} sx={{ alignItems: 'center' }}>
              <Box sx={{ display: 'grid', placeItems: 'center', width: 40, height: 40, borderRadius: 2, bgcolor: 'rgba(255,255,255,0.14)' }}>
                <Icon aria-hidden />
              </Box>
              <Typography sx={{ color: 'rgba(255,255,255,0.92)', fontSize: '1.05rem' }}>{t(`signIn.features.${key}`)}</Typography>
            </Stack>
          ))}
        </Stack>
      </Stack>
      <Typography variant="body2" sx={{ color: 'rgba(255,255,255,0.7)' }}>
        © Roomly
      </Typography>
      <Box
        aria-hidden
        sx={{
          position: 'absolute',
          right: -120,
          bottom: -120,
          width: 420,
          height: 420,
          borderRadius: '50%',
          border: '64px solid rgba(127,227,201,0.12)',
        }}
      />
    </Box>
  );
}
