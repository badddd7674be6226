import MoreTimeIcon from '@mui/icons-material/MoreTime';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from './officeTime';

interface ExtendMenuProps {
  ends: string[];
  timeZone: string;
  isBusy: boolean;
  onExtend(end: string): void;
}

/** "Extend" with a few later ends to choose from. */
export function ExtendMenu({ ends, timeZone, isBusy, onExtend }: ExtendMenuProps) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button variant="outlined" startIcon={<MoreTimeIcon />} disabled={isBusy} onClick={(e) => setAnchor(e.currentTarget)} data-testid="action-extend">
        {t('booking.actions.extend')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {ends.map((end) => (
          <MenuItem
            key={end}
            onClick={() => {
              setAnchor(null);
              onExtend(end);
            }}
          >
            {t('booking.actions.extendTo', { time: formatTime(end, timeZone) })}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
