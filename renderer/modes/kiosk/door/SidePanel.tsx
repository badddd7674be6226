import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import type { KioskStatus } from '../../../../core/contract/kiosk';
import { RoomlyLogo } from '../../../components/RoomlyLogo';
import { KioskClock } from './KioskClock';
import { RoomFacts } from './RoomFacts';
import { TodayTimeline } from './TodayTimeline';

/** The half read up close: the clock, the rest of today, the room's facts, language and admin. */
export function SidePanel({ status, footer }: { status: KioskStatus; footer: ReactNode }) {
  return (
    <Box
      component="aside"
      sx={{ bgcolor: '#FFFFFF', color: 'text.primary', display: 'flex', flexDirection: 'column', gap: 3, px: { xs: 4, md: 4.5 }, py: { xs: 3.5, md: 5 }, minHeight: 0, overflow: 'auto' }}
    >
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 3, '@media (orientation: portrait)': { display: 'none' } }}>
        <KioskClock timeZone={status.office.timeZone} />
        <Divider />
      </Box>
      {/* What does not fit fades out at the bottom instead of being cut through a row. */}
      <Box sx={{ flex: 1, minHeight: 0, overflow: 'hidden', maskImage: 'linear-gradient(to bottom, #000 calc(100% - 32px), transparent)' }}>
        <TodayTimeline status={status} />
      </Box>
      <RoomFacts room={status.room} />
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2 }}>
        <RoomlyLogo size={30} />
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          {footer}
        </Stack>
      </Stack>
    </Box>
  );
}
