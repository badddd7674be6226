import SearchOffOutlinedIcon from '@mui/icons-material/SearchOffOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

interface RoomsEmptyStateProps {
  /** With filters set the way out is to loosen them; without, the office simply has no rooms. */
  isFiltered: boolean;
  onClear(): void;
}

export function RoomsEmptyState({ isFiltered, onClear }: RoomsEmptyStateProps) {
  const { t } = useTranslation();
  return (
    <Box
      role="status"
      data-testid="rooms-empty"
      sx={{ textAlign: 'center', py: 8, px: 2, border: 1, borderStyle: 'dashed', borderColor: 'divider', borderRadius: 3, bgcolor: 'background.paper' }}
    >
      <Box sx={{ display: 'inline-grid', placeItems: 'center', width: 64, height: 64, borderRadius: '50%', bgcolor: 'primary.light', color: 'primary.main', mb: 2 }}>
        <SearchOffOutlinedIcon fontSize="large" aria-hidden />
      </Box>
      <Typography variant="h6" component="p">
        {isFiltered ? t('rooms.emptyTitle') : t('rooms.emptyOfficeTitle')}
      </Typography>
      <Typography sx={{ color: 'text.secondary', mt: 0.5 }}>{isFiltered ? t('rooms.emptyHint') : t('rooms.emptyOfficeHint')}</Typography>
      {isFiltered ? (
        <Button variant="outlined" onClick={onClear} sx={{ mt: 2.5 }}>
          {t('rooms.filters.clear')}
        </Button>
      ) : null}
    </Box>
  );
}
