import Button, { type ButtonProps } from '@mui/material/Button';

/**
 * A button on the state colour: solid white with the state's colour as text (7:1 or more), or a
 * white outline for the quieter choice. Never smaller than 64 px.
 */
export function PanelButton({ tone, quiet = false, sx, ...props }: ButtonProps & { tone: string; quiet?: boolean }) {
  return (
    <Button
      disableElevation
      variant={quiet ? 'outlined' : 'contained'}
      {...props}
      sx={[
        {
          minHeight: 72,
          borderRadius: 4,
          px: 3.5,
          fontSize: '1.35rem',
          fontWeight: 750,
          textTransform: 'none',
          ...(quiet
            ? { color: '#FFFFFF', borderColor: 'rgba(255,255,255,0.85)', borderWidth: 2, '&:hover': { borderWidth: 2, borderColor: '#FFFFFF', bgcolor: 'rgba(255,255,255,0.1)' } }
            : { bgcolor: '#FFFFFF', color: tone, '&:hover': { bgcolor: '#F1F3F7' } }),
          '&.Mui-disabled': quiet
            ? { color: 'rgba(255,255,255,0.75)', borderColor: 'rgba(255,255,255,0.5)' }
            : { bgcolor: 'rgba(255,255,255,0.82)', color: tone, opacity: 1 },
          '&:focus-visible': { outline: '4px solid #FFFFFF', outlineOffset: 3 },
        },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    />
  );
}
