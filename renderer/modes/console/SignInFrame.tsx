import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { RoomlyLogo } from '../../components/RoomlyLogo';
import { SignInBrandPanel } from './SignInBrandPanel';

interface SignInFrameProps {
  title: string;
  subtitle: string;
  children: ReactNode;
  /** A wider card for longer forms (registration). */
  maxWidth?: number;
}

/** The console's front door, signed out: the brand on the left (wide screens), one card on the right. */
export function SignInFrame({ title, subtitle, children, maxWidth = 420 }: SignInFrameProps) {
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', gridTemplateColumns: { xs: '1fr', md: '5fr 6fr' }, bgcolor: 'background.default' }}>
      <SignInBrandPanel />
      <Box component="main" sx={{ display: 'flex', flexDirection: 'column', p: { xs: 2, sm: 4 } }}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
          <Box sx={{ display: { md: 'none' } }}>
            <RoomlyLogo size={30} />
          </Box>
          <Box sx={{ ml: 'auto' }}>
            <LanguageSwitch color="primary" />
          </Box>
        </Stack>
        <Box sx={{ flex: 1, display: 'grid', placeItems: 'center', py: 4 }}>
          <Paper variant="outlined" sx={{ width: '100%', maxWidth, p: { xs: 3, sm: 4.5 }, borderRadius: 4, boxShadow: '0 12px 40px rgba(20,26,46,0.06)' }}>
            <Stack spacing={3}>
              <Box>
                <Typography variant="h4" component="h1">
                  {title}
                </Typography>
                <Typography sx={{ color: 'text.secondary', mt: 0.75 }}>{subtitle}</Typography>
              </Box>
              {children}
            </Stack>
          </Paper>
        </Box>
      </Box>
    </Box>
  );
}
