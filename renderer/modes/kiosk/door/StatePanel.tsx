import ErrorOutlineRoundedIcon from '@mui/icons-material/ErrorOutlineRounded';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { KioskStatus } from '../../../../core/contract/kiosk';
import type { RoomState } from '../model/roomState';
import { ActionArea, type DoorActions } from './ActionArea';
import { KioskClock } from './KioskClock';
import { MeetingCard } from './MeetingCard';
import { StateHeadline } from './StateHeadline';
import { STATE_LOOKS } from './stateLook';

/** The half of the door seen from the corridor: the room's name, its state in colour, the actions. */
export function StatePanel({ status, state, isOnline, isSettling, pending, problem, actions }: {
  status: KioskStatus;
  state: RoomState;
  isOnline: boolean;
  isSettling: boolean;
  pending: string | null;
  problem: string | null;
  actions: DoorActions;
}) {
  const look = STATE_LOOKS[state.kind];
  const where = [status.room.building, status.office.name].filter(Boolean).join(' · ');
  return (
    <Box
      component="main"
      data-testid="state-panel"
      sx={{
        bgcolor: look.background,
        color: '#FFFFFF',
        display: 'flex',
        flexDirection: 'column',
        gap: { xs: 3, md: 4 },
        px: { xs: 4, md: 6 },
        py: { xs: 4, md: 5 },
        minHeight: 0,
        overflow: 'auto',
      }}
    >
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 3 }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography data-testid="room-name" component="p" sx={{ fontSize: 'clamp(2rem, 4.4vmin, 3rem)', fontWeight: 800, lineHeight: 1.05, letterSpacing: '-0.02em' }}>
            {status.room.name}
          </Typography>
          {where ? <Typography sx={{ fontSize: '1.2rem', fontWeight: 550, opacity: 0.9, mt: 0.5 }}>{where}</Typography> : null}
        </Box>
        <Box sx={{ display: 'none', '@media (orientation: portrait)': { display: 'block' } }}>
          <KioskClock timeZone={status.office.timeZone} compact />
        </Box>
      </Stack>
      <Box sx={{ flex: 1, display: 'flex', flexDirection: 'column', justifyContent: 'center', gap: { xs: 3, md: 4 }, minHeight: 0 }}>
        <StateHeadline state={state} timeZone={status.office.timeZone} />
        <MeetingCard state={state} timeZone={status.office.timeZone} deep={look.deep} />
      </Box>
      {problem ? (
        <Stack direction="row" spacing={1.5} role="alert" data-testid="action-problem" sx={{ alignItems: 'center', bgcolor: '#FFFFFF', color: '#7C0F14', borderRadius: 3, px: 2.5, py: 1.5 }}>
          <ErrorOutlineRoundedIcon aria-hidden sx={{ fontSize: 32 }} />
          <Typography sx={{ fontSize: '1.2rem', fontWeight: 650 }}>{problem}</Typography>
        </Stack>
      ) : null}
      <ActionArea status={status} state={state} isOnline={isOnline} isSettling={isSettling} pending={pending} actions={actions} tone={look.background} />
    </Box>
  );
}
