import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

interface RoomlyLogoProps {
  /** Height of the mark in px; the word scales with it. */
  size?: number;
  /** Light text for dark backgrounds. */
  inverted?: boolean;
}

/** The Roomly mark (a door with a green handle: free to walk in) and the word. */
export function RoomlyLogo({ size = 32, inverted = false }: RoomlyLogoProps) {
  return (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: size / 32 }}>
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill={inverted ? '#FFFFFF' : '#2847D9'} />
        <path
          d="M10 25V8.5A1.5 1.5 0 0 1 11.5 7h9A1.5 1.5 0 0 1 22 8.5V25"
          fill="none"
          stroke={inverted ? '#2847D9' : '#FFFFFF'}
          strokeWidth="2.4"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
        <path d="M7 25h18" stroke={inverted ? '#2847D9' : '#FFFFFF'} strokeWidth="2.4" strokeLinecap="round" />
        <circle cx="18.5" cy="16.5" r="1.6" fill={inverted ? '#0E7C6B' : '#7FE3C9'} />
      </svg>
      <Typography
        component="span"
        sx={{ fontWeight: 750, fontSize: size * 0.66, letterSpacing: '-0.03em', color: inverted ? '#FFFFFF' : 'text.primary' }}
      >
        Roomly
      </Typography>
    </Box>
  );
}
